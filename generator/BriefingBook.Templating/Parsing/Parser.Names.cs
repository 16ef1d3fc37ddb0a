using System.Globalization;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// Words: the reserved ones (<c>null</c>, <c>true</c>, <c>false</c>, <c>this</c>, <c>do</c>), globals, <c>$</c>
/// locals and the arguments <c>$0</c>, <c>$1</c>..., loop variables, and Liquid's names with dashes.
/// </summary>
public sealed partial class Parser
{
    private ScriptExpression ParseVariable()
    {
        var token = Current;
        var word = GetText(token);
        if (ParseReservedWord(word) is { } reserved)
        {
            return reserved;
        }
        var span = CurrentSpan;
        NextToken();
        var scope = ScriptVariableScope.Global;
        if (word.StartsWith('$'))
        {
            word = word[1..];
            if (int.TryParse(word, NumberStyles.Integer, CultureInfo.InvariantCulture, out var position))
            {
                return ArgumentAt(position, span);
            }
            scope = ScriptVariableScope.Local;
        }
        else if (LoopVariables.IsLoopWord(word, _isLiquid))
        {
            word = CheckLoopMember(token, word);
        }
        if (_isLiquid && word.Contains('-'))
        {
            // A dash cannot stand in a variable name, so Liquid's `a-b` is looked up by key among the globals.
            return new ScriptIndexerExpression
            {
                Target = new ScriptThisExpression { Span = span },
                Index = new ScriptLiteral { Value = word, Span = span },
                Span = span,
            };
        }
        return new ScriptVariable { Name = word, Scope = scope, Span = span };
    }

    /// <summary>The node of a reserved word, read; null (and nothing read) for any other word.</summary>
    private ScriptExpression? ParseReservedWord(string word) => word switch
    {
        "null" => TakeLiteral(null),
        "true" => TakeLiteral(true),
        "false" => TakeLiteral(false),
        "do" => ParseAnonymousFunction(),
        // Liquid has no `this`: there it is an ordinary name.
        "this" when !_isLiquid => TakeThis(),
        _ => null,
    };

    private ScriptLiteral TakeLiteral(object? value)
    {
        var literal = new ScriptLiteral { Value = value, Span = CurrentSpan };
        NextToken();
        return literal;
    }

    private ScriptThisExpression TakeThis()
    {
        var self = new ScriptThisExpression { Span = CurrentSpan };
        NextToken();
        return self;
    }

    /// <summary><c>$0</c>, <c>$1</c>...: the arguments of the current call by position, an index into <c>$</c>, the list of them all.</summary>
    private static ScriptIndexerExpression ArgumentAt(int position, SourceSpan span) => new()
    {
        Target = new ScriptVariable { Name = string.Empty, Scope = ScriptVariableScope.Local, Span = span },
        Index = new ScriptLiteral { Value = position, Span = span },
        Span = span,
    };

    /// <summary>
    /// Checks the member after a loop word (<c>for.index</c>) and gives the name the loop variable goes by. The
    /// dot and the member are left for the member access that follows.
    /// </summary>
    private string CheckLoopMember(Token loopToken, string loop)
    {
        if (Current.Type != TokenType.Dot)
        {
            return loop;
        }
        var member = PeekToken();
        if (member.Type != TokenType.Identifier)
        {
            LogError(loopToken, $"Invalid token `{GetTextForLog(Current)}`. The loop variable <{loop}> dot must be followed by an identifier");
            return loop;
        }
        if (LoopVariables.ProblemWith(loop, GetText(member), _isLiquid) is { } problem)
        {
            LogError(loopToken, problem);
        }
        return LoopVariables.Canonical(loop);
    }
}
