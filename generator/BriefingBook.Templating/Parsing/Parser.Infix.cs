using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>The infix parselets: what may follow an operand, from member access to pipes.</summary>
public sealed partial class Parser
{
    private Step ParseMemberInfix(ref ScriptExpression operand)
    {
        var name = PeekToken();
        if (name.Type != TokenType.Identifier)
        {
            LogError(name, $"Invalid token `{name.Type}`. The dot operator is expected to be followed by a plain identifier");
            return Step.Return;
        }
        var member = ParseMemberAccess(operand);
        if (member is null)
        {
            return Step.Fail;
        }
        operand = member;
        return Step.Continue;
    }

    private ScriptExpression? ParseMemberAccess(ScriptExpression target)
    {
        var isNullConditional = Current.Type == TokenType.QuestionDot || target is ScriptMemberExpression { IsNullConditional: true };
        NextToken();
        var nameToken = Current;
        var name = GetText(nameToken);
        if (name is "empty" or "blank" && PeekToken().Type == TokenType.Question)
        {
            NextToken();
            ExpectToken(TokenType.Question);
            return Finish(new ScriptIsEmptyExpression { Target = target }, target.Span.Start);
        }
        var member = ParseVariable();
        if (member is not ScriptVariable)
        {
            LogError($"Unexpected literal member `{member}`");
            return null;
        }
        var access = new ScriptMemberExpression { Target = target, Member = name, MemberSpan = SpanOf(nameToken), IsNullConditional = isNullConditional };
        return Finish(access, target.Span.Start);
    }

    private ScriptExpression ParsePostfixIncrement(ScriptExpression target)
    {
        if (!IsVariablePath(target))
        {
            LogError("The operand of an increment or decrement operator must be a variable, property or indexer");
        }
        var isIncrement = Current.Type == TokenType.DoublePlus;
        NextToken();
        return new ScriptIncrementDecrementExpression { Target = target, IsIncrement = isIncrement, IsPostfix = true, Span = SpanFrom(target.Span.Start) };
    }

    private ScriptIndexerExpression ParseIndexer(ScriptExpression target, ScriptFunctionCall? pendingCall, ParseExpressionMode mode)
    {
        var indexer = new ScriptIndexerExpression { Target = target, Span = target.Span };
        NextToken();
        indexer.Index = ExpectAndParseExpression(indexer, pendingCall, 0, $"Expecting <index_expression> instead of `{GetTextForLog(Current)}`", mode);
        if (Current.Type == TokenType.CloseBracket)
        {
            NextToken();
        }
        else
        {
            LogError($"Unexpected `{GetTextForLog(Current)}`. Expecting ']'");
        }
        return Finish(indexer, target.Span.Start);
    }

    private Step ParseNamedArgumentInfix(ref ExpressionFrame frame, ref ScriptExpression operand)
    {
        if (operand is not ScriptVariable variable)
        {
            LogError(operand.Span, "Expecting a simple global or local variable before `:` in order to create a named argument");
            return Step.Stop;
        }
        var argument = new ScriptNamedArgument { Name = variable.Name, Span = variable.Span };
        NextToken();
        argument.Value = ExpectAndParseExpression(frame.Parent);
        operand = Finish(argument, variable.Span.Start);
        return Step.Stop;
    }

    /// <summary><c>name(a, b) = expression</c>: the call written so far turns out to be the head of a function.</summary>
    private ScriptExpression ParseOneLineFunction(ref ExpressionFrame frame, ScriptFunctionCall head, ScriptFunction declaration)
    {
        if (!IsTopLevel(ref frame))
        {
            LogError(head, "Creating a function is only allowed for a top level assignment");
        }
        NextToken();
        declaration.Body = ParseExpressionStatement();
        declaration.Span = SpanFrom(declaration.Span.Start);
        return new ScriptExpressionAsStatement { Statement = declaration, Span = declaration.Span };
    }

    private ScriptExpression ParseAssignment(ref ExpressionFrame frame, ScriptExpression target, ScriptBinaryOperator compound)
    {
        var assign = new ScriptAssignExpression { CompoundOperator = compound, Span = SpanOf(Current) with { Start = target.Span.Start } };
        if (!IsVariablePath(target) || frame.PendingCall is not null || !IsTopLevel(ref frame))
        {
            LogError(assign, "Expression is only allowed for a top level assignment");
        }
        NextToken();
        assign.Target = target;
        assign.Value = ExpectAndParseExpression(assign, frame.Enclosing);
        return Finish(assign, target.Span.Start);
    }

    private bool IsTopLevel(ref ExpressionFrame frame) => _openExpressions <= 1 && frame.AllowAssignment;

    /// <summary>The right operand of a binary operator; <paramref name="written"/> is false for scientific mode's implicit product.</summary>
    private ScriptExpression ParseBinaryRight(ref ExpressionFrame frame, ScriptExpression left, ScriptBinaryOperator op, int power, bool written)
    {
        Deepen();
        var binary = new ScriptBinaryExpression { Left = left, Operator = op, OperatorSpan = CurrentSpan };
        if (written)
        {
            NextToken();
        }
        binary.Right = ExpectAndParseExpression(binary, frame.PendingCall ?? frame.Enclosing, power,
            $"Expecting an <expression> to the right of the operator instead of `{GetTextForLog(Current)}`",
            written ? frame.Mode : ParseExpressionMode.Default);
        return Finish(binary, left.Span.Start);
    }

    private ScriptExpression ParseConditional(ref ExpressionFrame frame, ScriptExpression condition)
    {
        condition = CloseCall(ref frame, condition);
        var conditional = new ScriptConditionalExpression { Condition = condition };
        NextToken();
        conditional.Then = ExpectAndParseExpression(conditional, mode: ParseExpressionMode.DefaultNoNamedArgument);
        ExpectToken(TokenType.Colon);
        conditional.Else = ExpectAndParseExpression(conditional, mode: ParseExpressionMode.DefaultNoNamedArgument);
        return Finish(conditional, condition.Span.Start);
    }

    private ScriptExpression ParsePipe(ref ExpressionFrame frame, ScriptExpression from)
    {
        from = CloseCall(ref frame, from);
        var pipe = new ScriptPipeCall { From = from };
        using (_tokens.HideNewLines())
        {
            NextToken();
        }
        pipe.To = ExpectAndParseExpression(pipe);
        return Finish(pipe, from.Span.Start);
    }

    private bool IsCurrentPipe() =>
        Current.Type == TokenType.PipeGreater || (!_isScientific && Current.Type == TokenType.VerticalBar);

    private static bool IsVariablePath(ScriptExpression? expression) =>
        expression is ScriptVariable or ScriptMemberExpression or ScriptIndexerExpression or ScriptThisExpression or ScriptNestedExpression;
}
