using System.Globalization;
using System.Numerics;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Variables and literals.</summary>
public sealed partial class Parser
{
    private ScriptExpression ParseVariable()
    {
        var token = Current;
        var span = CurrentSpan;
        var text = GetText(token);
        switch (text)
        {
            case "null":
                NextToken();
                return new ScriptLiteral { Value = null, Span = span };
            case "true":
                NextToken();
                return new ScriptLiteral { Value = true, Span = span };
            case "false":
                NextToken();
                return new ScriptLiteral { Value = false, Span = span };
            case "do":
                var start = Current.Start;
                var function = ParseFunctionStatement(isAnonymous: true);
                return Finish(new ScriptAnonymousFunction { Function = function }, start);
            case "this" when !_isLiquid:
                NextToken();
                return new ScriptThisExpression { Span = span };
        }

        NextToken();
        var scope = ScriptVariableScope.Global;
        if (text.StartsWith('$'))
        {
            scope = ScriptVariableScope.Local;
            text = text.Substring(1);
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
            {
                return new ScriptIndexerExpression
                {
                    Target = new ScriptVariable { Name = string.Empty, Scope = ScriptVariableScope.Local, Span = span },
                    Index = new ScriptLiteral { Value = index, Span = span },
                    Span = span,
                };
            }
        }
        else if (text is "for" or "while" or "tablerow" || (_isLiquid && text is "forloop" or "tablerowloop"))
        {
            text = CheckLoopVariable(token, text);
        }

        if (_isLiquid && text.Contains('-'))
        {
            return new ScriptIndexerExpression
            {
                Target = new ScriptThisExpression { Span = span },
                Index = new ScriptLiteral { Value = text, Span = span },
                Span = span,
            };
        }
        return new ScriptVariable { Name = text, Scope = scope, Span = span };
    }

    private string CheckLoopVariable(Token token, string text)
    {
        if (Current.Type != TokenType.Dot)
        {
            return text;
        }
        var next = PeekToken();
        if (next.Type != TokenType.Identifier)
        {
            LogError(token, $"Invalid token `{GetTextForLog(Current)}`. The loop variable <{text}> dot must be followed by an identifier");
            return text;
        }
        var member = GetText(next);
        if (_isLiquid)
        {
            switch (member)
            {
                case "first" or "last" or "index0" or "rindex0" or "index" or "rindex" or "length":
                    break;
                case "col":
                    if (text != "tablerowloop")
                    {
                        LogError(token, $"The loop variable <{text}.col> is invalid");
                    }
                    break;
                default:
                    LogError(token, $"The liquid loop variable <{text}.{member}> is not supported");
                    break;
            }
            return text switch
            {
                "forloop" => "for",
                "tablerowloop" => "tablerow",
                _ => text,
            };
        }
        switch (member)
        {
            case "first" or "even" or "odd" or "index":
                break;
            case "last" or "changed" or "length" or "rindex":
                if (text == "while")
                {
                    LogError(token, $"The loop variable <while.{member}> is invalid");
                }
                break;
            case "col":
                if (text != "tablerow")
                {
                    LogError(token, $"The loop variable <{text}.col> is invalid");
                }
                break;
            default:
                LogError(token, $"The loop variable <{text}.{member}> is not supported");
                break;
        }
        return text;
    }

    private ScriptLiteral ParseInteger()
    {
        var span = CurrentSpan;
        var text = GetText(Current).Replace("_", string.Empty);
        object? value = null;
        if (long.TryParse(text, NumberStyles.Integer | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            value = number is >= int.MinValue and <= int.MaxValue ? (object)(int)number : number;
        }
        else if (BigInteger.TryParse(text, NumberStyles.Integer | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var big))
        {
            value = big;
        }
        else
        {
            LogError($"Unable to parse the integer {text}");
        }
        NextToken();
        return new ScriptLiteral { Value = value, Span = span };
    }

    private ScriptLiteral ParseHexaInteger()
    {
        var span = CurrentSpan;
        var text = GetText(Current).Substring(2).Replace("_", string.Empty);
        var isUnsigned = text.EndsWith('u') || text.EndsWith('U');
        if (isUnsigned)
        {
            text = text[..^1];
        }
        object? value = null;
        if (ulong.TryParse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var number))
        {
            value = number <= uint.MaxValue
                ? isUnsigned ? (object)(long)(uint)number : unchecked((int)(uint)number)
                : isUnsigned ? new BigInteger(number) : unchecked((long)number);
        }
        else if (BigInteger.TryParse("0" + text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var big))
        {
            value = big;
        }
        else
        {
            LogError($"Unable to parse the integer {text}");
        }
        NextToken();
        return new ScriptLiteral { Value = value, Span = span };
    }

    private ScriptLiteral ParseBinaryInteger()
    {
        var span = CurrentSpan;
        var text = GetText(Current).Substring(2).Replace("_", string.Empty);
        var isUnsigned = text.EndsWith('u') || text.EndsWith('U');
        if (isUnsigned)
        {
            text = text[..^1];
        }
        var number = BigInteger.Zero;
        foreach (var c in text)
        {
            number = (number << 1) | (c == '1' ? BigInteger.One : BigInteger.Zero);
        }
        object value;
        if (number <= uint.MaxValue)
        {
            value = isUnsigned ? (object)(long)(uint)number : unchecked((int)(uint)number);
        }
        else if (number <= ulong.MaxValue)
        {
            value = isUnsigned ? (object)number : unchecked((long)(ulong)number);
        }
        else
        {
            value = number;
        }
        NextToken();
        return new ScriptLiteral { Value = value, Span = span };
    }

    private ScriptLiteral ParseFloat()
    {
        var span = CurrentSpan;
        var text = GetText(Current).Replace("_", string.Empty);
        var suffix = text[^1];
        object? value = null;
        if (suffix is 'f' or 'F')
        {
            if (float.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var single))
            {
                value = single;
            }
        }
        else if (suffix is 'm' or 'M')
        {
            if (decimal.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
            {
                value = exact;
            }
        }
        else if (double.TryParse(suffix is 'd' or 'D' ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
        }
        if (value is null)
        {
            LogError($"Unable to parse double value `{text}`");
        }
        NextToken();
        return new ScriptLiteral { Value = value, Span = span };
    }

    private ScriptLiteral ParseString()
    {
        var span = CurrentSpan;
        var quote = _lexer.Text[Current.Start.Offset];
        var value = StringUnescaper.Unescape(_lexer.Text, Current.Start.Offset + 1, Current.End.Offset);
        NextToken();
        return new ScriptLiteral { Value = value, Quote = quote, Span = span };
    }

    private ScriptLiteral ParseImplicitString()
    {
        var span = CurrentSpan;
        var value = GetText(Current);
        NextToken();
        return new ScriptLiteral { Value = value, Span = span };
    }

    private ScriptLiteral ParseVerbatimString()
    {
        var span = CurrentSpan;
        var inner = _lexer.Text.Substring(Current.Start.Offset + 1, Math.Max(0, Current.End.Offset - Current.Start.Offset - 1));
        NextToken();
        return new ScriptLiteral { Value = inner.Replace("``", "`"), Quote = '`', Span = span };
    }

    private ScriptLiteral ParseInterpolatedStringPart()
    {
        var span = CurrentSpan;
        var token = Current;
        var (from, to) = token.Type switch
        {
            TokenType.InterpolatedString => (token.Start.Offset + 2, token.End.Offset),
            TokenType.BeginInterpolatedString => (token.Start.Offset + 2, token.End.Offset + 1),
            TokenType.EndingInterpolatedString => (token.Start.Offset, token.End.Offset),
            _ => (token.Start.Offset, token.End.Offset + 1),
        };
        var value = to > from ? StringUnescaper.Unescape(_lexer.Text, from, to) : string.Empty;
        NextToken();
        return new ScriptLiteral { Value = value, Span = span };
    }
}
