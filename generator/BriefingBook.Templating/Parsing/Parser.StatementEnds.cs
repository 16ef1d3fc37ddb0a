using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// What every statement shares: its keyword, the end of statement that must follow its head (the one place
/// where a malformed statement stops the parse), the body block after it, and expression statements.
/// </summary>
public sealed partial class Parser
{
    /// <summary>Starts a statement at its keyword: the node spans the keyword until <see cref="Finish"/> extends it.</summary>
    private T StartAtKeyword<T>(T statement) where T : ScriptNode
    {
        statement.Span = CurrentSpan;
        SkipKeyword();
        return statement;
    }

    private void SkipKeyword() => NextToken();

    /// <summary>The body of a statement, when its head ended properly.</summary>
    private ScriptBlockStatement? ParseBodyAfterHead(ScriptNode owner) => ExpectEndOfStatement() ? ParseBlockStatement(owner) : null;

    /// <summary>
    /// A statement ends at a new line, a <c>;</c> or the end of the code section (Liquid: at the end of its tag).
    /// Anything else is fatal: the rest of the text cannot be trusted to line up with the blocks.
    /// </summary>
    private bool ExpectEndOfStatement()
    {
        if (_isLiquid)
        {
            if (Current.Type is TokenType.CodeExit or TokenType.Eof || (_isLiquidTagSection && Current.Type == TokenType.LiquidTagExit))
            {
                return true;
            }
        }
        else if (Current.Type is TokenType.NewLine or TokenType.SemiColon)
        {
            NextToken();
            return true;
        }
        else if (Current.Type is TokenType.CodeExit or TokenType.Eof)
        {
            return true;
        }
        LogError(CurrentSpan, $"Invalid token found `{GetText(Current)}`. Expecting <EOL>/end of line.", isFatal: true);
        return false;
    }

    private ScriptStatement ParseExpressionStatement()
    {
        var start = Current.Start;
        var statement = new ScriptExpressionStatement();
        var expression = ExpectAndParseExpression(statement);
        if (expression is ScriptExpressionAsStatement wrapped)
        {
            return wrapped.Statement;
        }
        statement.Expression = expression;
        // An anonymous function's `end` already ended the statement.
        var endsWithAnonymousFunction = _anonymousFunctionEnd >= 0 && Previous.End.Offset == _anonymousFunctionEnd;
        if (!endsWithAnonymousFunction)
        {
            ExpectEndOfStatement();
        }
        return Finish(statement, start);
    }

    private ScriptVariable? ExpectAndParseVariable(ScriptNode parent)
    {
        if (Current.Type is not (TokenType.Identifier or TokenType.IdentifierSpecial))
        {
            LogError(parent, $"Expecting a variable instead of `{GetText(Current)}`");
            return null;
        }
        var parsed = ParseVariable();
        if (parsed is ScriptVariable { Scope: not ScriptVariableScope.Loop } variable)
        {
            return variable;
        }
        LogError(parent, $"Unexpected variable `{parsed}`");
        return null;
    }
}
