using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>The statements of the Scriban language, chosen by their leading keyword.</summary>
public sealed partial class Parser
{
    private delegate StatementOutcome StatementParselet(Parser parser, StatementSite site);

    /// <summary>Keywords whose statement closes the block it stands in, and may thus stand in a <c>case</c>.</summary>
    private static readonly Dictionary<string, StatementParselet> BranchKeywords = new(StringComparer.Ordinal)
    {
        ["end"] = static (p, s) => StatementOutcome.Close(p.ParseEndStatement(s)),
        ["when"] = static (p, s) => p.AttachWhen(s, p.ParseWhenStatement()),
        ["else"] = static (p, s) => p.AttachBranch(s, p.ParseElseStatement(), forLoopMessage: "Invalid if/else combination within a for statement.",
            misplacedMessage: "A else condition must be preceded by another if/else/when condition or a for loop."),
    };

    /// <summary>Keywords of statements that belong to a block; anything else starts an expression statement.</summary>
    private static readonly Dictionary<string, Func<Parser, ScriptStatement>> StatementKeywords = new(StringComparer.Ordinal)
    {
        ["if"] = static p => p.ParseIfStatement(isElseIf: false, p.Current.Start),
        ["case"] = static p => p.ParseCaseStatement(),
        ["for"] = static p => p.ParseForOrExpression(isTableRow: false),
        ["while"] = static p => p.PeekToken().Type == TokenType.Dot ? p.ParseExpressionStatement() : p.ParseWhileStatement(),
        ["break"] = static p => p.ParseLoopJump(new ScriptBreakStatement()),
        ["continue"] = static p => p.ParseLoopJump(new ScriptContinueStatement()),
        ["capture"] = static p => p.ParseCaptureStatement(),
        ["with"] = static p => p.ParseWithStatement(),
        ["wrap"] = static p => p.ParseWrapStatement(),
        ["import"] = static p => p.ParseImportStatement(),
        ["readonly"] = static p => p.ParseReadOnlyStatement(),
        ["func"] = static p => p.ParseNamedFunction(),
        ["ret"] = static p => p.ParseReturnStatement(),
    };

    private StatementOutcome ParseKeywordStatement(StatementSite site)
    {
        if (BranchKeywords.TryGetValue(site.Word, out var branch))
        {
            return branch(this, site);
        }
        CheckNotInCase(site.Parent, site.Keyword);
        if (site.Word == "tablerow" && !_isScientific)
        {
            return StatementOutcome.Next(ParseForOrExpression(isTableRow: true));
        }
        return StatementOutcome.Next(StatementKeywords.TryGetValue(site.Word, out var parse) ? parse(this) : ParseExpressionStatement());
    }

    private ScriptEndStatement ParseEndStatement(StatementSite site)
    {
        var start = Current.Start;
        SkipKeyword();
        if (site.EndTakesEndOfStatement)
        {
            ExpectEndOfStatement();
        }
        return Finish(new ScriptEndStatement(), start);
    }

    /// <summary>A <c>when</c> closes the previous branch: it follows another <c>when</c> or opens the branches of its <c>case</c>.</summary>
    private StatementOutcome AttachWhen(StatementSite site, ScriptWhenStatement when)
    {
        switch (site.Parent)
        {
            case ScriptWhenStatement previous:
                previous.Next = when;
                return StatementOutcome.Close(null);
            case ScriptCaseStatement:
                return StatementOutcome.Close(when);
            default:
                LogError(site.Keyword, "A `when` condition must be preceded by another `when`/`else`/`case` condition");
                return StatementOutcome.Close(null);
        }
    }

    /// <summary>An <c>else</c> (or <c>else if</c>) closes the branch before it and hangs off the statement that owns that branch.</summary>
    /// <param name="forLoopMessage">Reported when a <c>for</c> gets something else than a plain <c>else</c>; null when that is simply misplaced.</param>
    private StatementOutcome AttachBranch(StatementSite site, ScriptConditionStatement branch, string? forLoopMessage, string misplacedMessage)
    {
        switch (site.Parent)
        {
            case ScriptIfStatement ifStatement:
                ifStatement.Else = branch;
                return StatementOutcome.Close(null);
            case ScriptWhenStatement whenStatement:
                whenStatement.Next = branch;
                return StatementOutcome.Close(null);
            case ScriptForStatement forStatement when branch is ScriptElseStatement elseBranch:
                forStatement.Else = elseBranch;
                return StatementOutcome.Close(null);
            case ScriptForStatement when forLoopMessage is not null:
                LogError(branch.Span, forLoopMessage);
                return StatementOutcome.Close(null);
            default:
                LogError(site.Keyword, misplacedMessage);
                return StatementOutcome.Close(null);
        }
    }

    private void CheckNotInCase(ScriptNode? parent, Token token)
    {
        if (parent is ScriptCaseStatement)
        {
            LogError(token, $"Unexpected statement/expression `{GetText(token)}` in the body of a `case` statement. Only `when`/`else` are expected.");
        }
    }
}
