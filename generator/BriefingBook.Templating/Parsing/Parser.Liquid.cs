using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Liquid tags mapped onto the same tree: <c>assign</c>, <c>if/elsif/else/endif</c>, <c>unless</c>, <c>case</c>, <c>for</c>, <c>capture</c>.</summary>
public sealed partial class Parser
{
    private void ParseLiquidStatement(string identifier, ScriptNode? parent, ref ScriptStatement? statement, ref bool hasEnd, ref bool nextStatement)
    {
        var startToken = Current;
        if (!_isLiquidTagSection)
        {
            statement = ParseExpressionStatement();
            return;
        }

        if (identifier != "when" && identifier != "case" && !identifier.StartsWith("end", StringComparison.Ordinal) && parent is ScriptCaseStatement)
        {
            LogError(startToken, $"Unexpected statement/expression `{identifier}` in the body of a `case` statement. Only `when`/`else` are expected.");
        }

        switch (identifier)
        {
            case "endif" or "endunless" or "endfor" or "endcase" or "endcapture" or "endtablerow" or "endifchanged":
                NextToken();
                hasEnd = true;
                nextStatement = false;
                ExpectEndOfStatement();
                statement = null;
                return;
            case "if":
                statement = ParseIfStatement(isElseIf: false, Current.Start);
                return;
            case "unless":
                statement = ParseIfStatement(isElseIf: false, Current.Start, invert: true);
                return;
            case "case":
                statement = ParseCaseStatement();
                return;
            case "when":
                var when = ParseWhenStatement();
                if (parent is ScriptWhenStatement previous)
                {
                    previous.Next = when;
                }
                else if (parent is ScriptCaseStatement)
                {
                    statement = when;
                }
                else
                {
                    nextStatement = false;
                    LogError(startToken, "A `when` condition must be preceded by another `when`/`else`/`case` condition");
                }
                hasEnd = true;
                return;
            case "else":
            case "elsif":
                ScriptConditionStatement next = identifier == "elsif"
                    ? ParseIfStatement(isElseIf: true, Current.Start)
                    : ParseElseStatement();
                switch (parent)
                {
                    case ScriptIfStatement ifStatement:
                        ifStatement.Else = next;
                        break;
                    case ScriptWhenStatement whenStatement:
                        whenStatement.Next = next;
                        break;
                    case ScriptForStatement forStatement when next is ScriptElseStatement elseStatement:
                        forStatement.Else = elseStatement;
                        break;
                    default:
                        nextStatement = false;
                        LogError(startToken, "A else condition must be preceded by another if/else/when condition");
                        break;
                }
                hasEnd = true;
                return;
            case "for":
            case "tablerow":
                statement = ParseForStatement(identifier == "tablerow");
                return;
            case "break":
                NextToken();
                ExpectEndOfStatement();
                statement = Finish(new ScriptBreakStatement(), startToken.Start);
                return;
            case "continue":
                NextToken();
                ExpectEndOfStatement();
                statement = Finish(new ScriptContinueStatement(), startToken.Start);
                return;
            case "capture":
                statement = ParseCaptureStatement();
                return;
            case "increment":
            case "decrement":
                statement = ParseLiquidIncrement(identifier == "decrement");
                return;
            case "ifchanged":
                var changedStart = Current.Start;
                var changed = new ScriptIfStatement { Span = CurrentSpan };
                NextToken();
                changed.Condition = new ScriptMemberExpression { Target = new ScriptVariable { Name = "for", Span = changed.Span }, Member = "changed", Span = changed.Span };
                changed.Then = ParseBlockStatement(changed);
                statement = Finish(changed, changedStart);
                return;
            case "cycle":
                statement = ParseLiquidCycle();
                return;
            case "include":
                statement = ParseLiquidInclude();
                return;
            case "assign":
                NextToken();
                var token = Current;
                var assign = ParseExpressionStatement();
                if (assign is not ScriptExpressionStatement { Expression: ScriptAssignExpression })
                {
                    LogError(token, "Expecting an assign expression: <variable> = <expression>");
                }
                statement = assign;
                return;
            default:
                statement = ParseExpressionStatement();
                return;
        }
    }

    /// <summary><c>cycle a, b, c</c>: a call of <c>array.cycle</c> on the listed values.</summary>
    private ScriptStatement ParseLiquidCycle()
    {
        var start = Current.Start;
        var span = CurrentSpan;
        NextToken();
        var values = new ScriptArrayInitializerExpression { Span = CurrentSpan };
        while (IsStartOfExpression())
        {
            var value = ParseExpression(values, mode: ParseExpressionMode.BasicExpression);
            if (value is null)
            {
                break;
            }
            if (Current.Type == TokenType.Colon)
            {
                NextToken();
                values.Values.Clear();
                continue;
            }
            values.Values.Add(value);
            if (Current.Type != TokenType.Comma)
            {
                break;
            }
            NextToken();
        }
        var call = new ScriptFunctionCall
        {
            Target = new ScriptMemberExpression { Target = new ScriptVariable { Name = "array", Span = span }, Member = "cycle", MemberSpan = span, Span = span },
            Span = span,
        };
        call.Arguments.Add(values);
        ExpectEndOfStatement();
        return Finish(new ScriptExpressionStatement { Expression = call }, start);
    }

    /// <summary><c>increment x</c> / <c>decrement x</c>: writes the variable plus or minus one.</summary>
    private ScriptStatement ParseLiquidIncrement(bool isDecrement)
    {
        var start = Current.Start;
        var statement = new ScriptExpressionStatement { Span = CurrentSpan };
        NextToken();
        var variable = ExpectAndParseVariable(statement);
        var binary = new ScriptBinaryExpression
        {
            Left = variable ?? (ScriptExpression)new ScriptLiteral { Span = statement.Span },
            Operator = isDecrement ? ScriptBinaryOperator.Subtract : ScriptBinaryOperator.Add,
            Right = new ScriptLiteral { Value = 1, Span = statement.Span },
            Span = statement.Span,
        };
        ExpectEndOfStatement();
        statement.Expression = binary;
        return Finish(statement, start);
    }
}
