using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Literal tokens to values: numbers of every base and suffix, quoted, verbatim and implicit strings, the text parts of interpolated strings.</summary>
public sealed partial class Parser
{
    private ScriptLiteral ParseInteger()
    {
        var text = DigitsOf(Current);
        return TakeNumber(LiteralValues.Integer(text), $"Unable to parse the integer {text}");
    }

    private ScriptLiteral ParseHexaInteger()
    {
        var (digits, isUnsigned) = BasedDigitsOf(Current);
        return TakeNumber(LiteralValues.Hexadecimal(digits, isUnsigned), $"Unable to parse the integer {digits}");
    }

    private ScriptLiteral ParseBinaryInteger()
    {
        var (digits, isUnsigned) = BasedDigitsOf(Current);
        return TakeNumber(LiteralValues.Binary(digits, isUnsigned), $"Unable to parse the integer {digits}");
    }

    private ScriptLiteral ParseFloat()
    {
        var text = DigitsOf(Current);
        return TakeNumber(LiteralValues.Float(text), $"Unable to parse double value `{text}`");
    }

    /// <summary>The current number token as a literal; a text that is no number is reported and gives a null literal.</summary>
    private ScriptLiteral TakeNumber(object? value, string failure)
    {
        if (value is null)
        {
            LogError(failure);
        }
        return TakeLiteral(value);
    }

    /// <summary>The number as written, without the underscores that group its digits.</summary>
    private string DigitsOf(Token token) => GetText(token).Replace("_", string.Empty);

    /// <summary>The digits of a <c>0x</c> or <c>0b</c> number, and whether its <c>u</c> suffix makes it unsigned.</summary>
    private (string Digits, bool IsUnsigned) BasedDigitsOf(Token token)
    {
        var digits = DigitsOf(token)[2..];
        var isUnsigned = digits.EndsWith('u') || digits.EndsWith('U');
        return (isUnsigned ? digits[..^1] : digits, isUnsigned);
    }

    private ScriptLiteral ParseString()
    {
        var quote = _lexer.Text[Current.Start.Offset];
        var literal = TakeLiteral(Unescaped(Current, lead: 1, trail: 1));
        literal.Quote = quote;
        return literal;
    }

    /// <summary>A word Liquid reads as a string where a name would mean nothing.</summary>
    private ScriptLiteral ParseImplicitString() => TakeLiteral(GetText(Current));

    /// <summary>A backtick string: no escapes, a doubled backtick stands for one.</summary>
    private ScriptLiteral ParseVerbatimString()
    {
        var (from, to) = InnerRange(Current, lead: 1, trail: 1);
        var literal = TakeLiteral(_lexer.Text[from..Math.Max(from, to)].Replace("``", "`"));
        literal.Quote = '`';
        return literal;
    }

    /// <summary>A text part of <c>$"...{x}..."</c>: only the text, without the <c>$"</c>, quote or braces around it.</summary>
    private ScriptLiteral ParseInterpolatedStringPart() => Current.Type switch
    {
        TokenType.InterpolatedString => TakeLiteral(Unescaped(Current, lead: 2, trail: 1)),
        TokenType.BeginInterpolatedString => TakeLiteral(Unescaped(Current, lead: 2, trail: 0)),
        TokenType.EndingInterpolatedString => TakeLiteral(Unescaped(Current, lead: 0, trail: 1)),
        _ => TakeLiteral(Unescaped(Current, lead: 0, trail: 0)),
    };

    private string Unescaped(Token token, int lead, int trail)
    {
        var (from, to) = InnerRange(token, lead, trail);
        return to > from ? StringUnescaper.Unescape(_lexer.Text, from, to) : string.Empty;
    }

    /// <summary>The offsets (end excluded) of a token's text less <paramref name="lead"/> characters before and <paramref name="trail"/> after.</summary>
    private static (int From, int To) InnerRange(Token token, int lead, int trail) =>
        (token.Start.Offset + lead, token.End.Offset + 1 - trail);
}
