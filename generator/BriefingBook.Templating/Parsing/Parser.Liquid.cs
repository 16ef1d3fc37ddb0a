using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Liquid tags mapped onto the same tree: <c>assign</c>, <c>if/elsif/else/endif</c>, <c>unless</c>, <c>case</c>, <c>for</c>, <c>capture</c>.</summary>
public sealed partial class Parser
{
    private static readonly HashSet<string> LiquidEndTags = new(StringComparer.Ordinal)
    {
        "endif", "endunless", "endfor", "endcase", "endcapture", "endtablerow", "endifchanged",
    };

    /// <summary>Liquid tags that open or continue a statement of their own; any other tag is an expression.</summary>
    private static readonly Dictionary<string, Func<Parser, ScriptStatement>> LiquidTags = new(StringComparer.Ordinal)
    {
        ["if"] = static p => p.ParseIfStatement(isElseIf: false, p.Current.Start),
        ["unless"] = static p => p.ParseIfStatement(isElseIf: false, p.Current.Start, invert: true),
        ["case"] = static p => p.ParseCaseStatement(),
        ["for"] = static p => p.ParseForStatement(isTableRow: false),
        ["tablerow"] = static p => p.ParseForStatement(isTableRow: true),
        ["break"] = static p => p.ParseLoopJump(new ScriptBreakStatement()),
        ["continue"] = static p => p.ParseLoopJump(new ScriptContinueStatement()),
        ["capture"] = static p => p.ParseCaptureStatement(),
        ["cycle"] = static p => p.ParseLiquidCycle(),
        ["include"] = static p => p.ParseLiquidInclude(),
        ["assign"] = static p => p.ParseLiquidAssign(),
        ["increment"] = static p => p.ParseLiquidIncrement(isDecrement: false),
        ["decrement"] = static p => p.ParseLiquidIncrement(isDecrement: true),
        ["ifchanged"] = static p => p.ParseLiquidIfChanged(),
    };

    private StatementOutcome ParseLiquidStatement(StatementSite site)
    {
        // Inside {{ }} Liquid only has expressions; tags live in {% %}.
        if (!_isLiquidTagSection)
        {
            return StatementOutcome.Next(ParseExpressionStatement());
        }
        var word = site.Word;
        if (word is not ("when" or "case") && !word.StartsWith("end", StringComparison.Ordinal) && site.Parent is ScriptCaseStatement)
        {
            LogError(site.Keyword, $"Unexpected statement/expression `{word}` in the body of a `case` statement. Only `when`/`else` are expected.");
        }
        if (LiquidEndTags.Contains(word))
        {
            NextToken();
            ExpectEndOfStatement();
            return StatementOutcome.Close(null);
        }
        switch (word)
        {
            case "when":
                return AttachWhen(site, ParseWhenStatement());
            case "else":
                return AttachBranch(site, ParseElseStatement(), forLoopMessage: null, LiquidMisplacedElse);
            case "elsif":
                return AttachBranch(site, ParseIfStatement(isElseIf: true, Current.Start), forLoopMessage: null, LiquidMisplacedElse);
        }
        return StatementOutcome.Next(LiquidTags.TryGetValue(word, out var parse) ? parse(this) : ParseExpressionStatement());
    }

    private const string LiquidMisplacedElse = "A else condition must be preceded by another if/else/when condition";

    /// <summary><c>ifchanged</c>: its body is written when the loop's current item differs from the previous one.</summary>
    private ScriptStatement ParseLiquidIfChanged()
    {
        var changed = StartAtKeyword(new ScriptIfStatement());
        changed.Condition = new ScriptMemberExpression { Target = new ScriptVariable { Name = "for", Span = changed.Span }, Member = "changed", Span = changed.Span };
        changed.Then = ParseBlockStatement(changed);
        return Finish(changed, changed.Span.Start);
    }

    /// <summary><c>increment x</c> / <c>decrement x</c>: writes the variable plus or minus one.</summary>
    private ScriptStatement ParseLiquidIncrement(bool isDecrement)
    {
        var statement = StartAtKeyword(new ScriptExpressionStatement());
        var variable = ExpectAndParseVariable(statement);
        var step = new ScriptBinaryExpression
        {
            Left = variable ?? (ScriptExpression)new ScriptLiteral { Span = statement.Span },
            Operator = isDecrement ? ScriptBinaryOperator.Subtract : ScriptBinaryOperator.Add,
            Right = new ScriptLiteral { Value = 1, Span = statement.Span },
            Span = statement.Span,
        };
        ExpectEndOfStatement();
        statement.Expression = step;
        return Finish(statement, statement.Span.Start);
    }

    private ScriptStatement ParseLiquidAssign()
    {
        SkipKeyword();
        var token = Current;
        var assign = ParseExpressionStatement();
        if (assign is not ScriptExpressionStatement { Expression: ScriptAssignExpression })
        {
            LogError(token, "Expecting an assign expression: <variable> = <expression>");
        }
        return assign;
    }

    /// <summary><c>cycle a, b, c</c>: a call of <c>array.cycle</c> on the listed values.</summary>
    private ScriptStatement ParseLiquidCycle()
    {
        var keyword = CurrentSpan;
        NextToken();
        var cycle = new ScriptFunctionCall
        {
            Target = new ScriptMemberExpression { Target = new ScriptVariable { Name = "array", Span = keyword }, Member = "cycle", MemberSpan = keyword, Span = keyword },
            Span = keyword,
        };
        cycle.Arguments.Add(ParseCycleValues());
        ExpectEndOfStatement();
        return Finish(new ScriptExpressionStatement { Expression = cycle }, keyword.Start);
    }

    /// <summary>
    /// The values of a <c>cycle</c>, separated by commas. A value followed by a colon names a group of cycles
    /// (<c>cycle 'group': a, b</c>); groups are not kept apart, so the values begin after it.
    /// </summary>
    private ScriptArrayInitializerExpression ParseCycleValues()
    {
        var values = new ScriptArrayInitializerExpression { Span = CurrentSpan };
        while (IsStartOfExpression() && ParseExpression(values, mode: ParseExpressionMode.BasicExpression) is { } value)
        {
            if (TryTake(TokenType.Colon))
            {
                values.Values.Clear();
                continue;
            }
            values.Values.Add(value);
            if (!TryTake(TokenType.Comma))
            {
                break;
            }
        }
        return values;
    }
}
