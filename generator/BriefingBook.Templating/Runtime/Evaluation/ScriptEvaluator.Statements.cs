using System.Collections;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Runtime.Evaluation;

/// <summary>Statements: text, expression output, conditions, captures, scopes and flow control.</summary>
internal sealed partial class ScriptEvaluator
{
    public override object? Visit(ScriptBlockStatement node)
    {
        var statements = node.Statements;
        if (!_context.AutoIndent)
        {
            for (var i = 0; i < statements.Count; i++)
            {
                statements[i].Accept(this);
                if (_flow != FlowState.None)
                {
                    break;
                }
            }
            return null;
        }

        var previousIndent = _context.CurrentIndent;
        var currentIndent = previousIndent;
        try
        {
            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                if (statement is ScriptEscapeStatement escape)
                {
                    currentIndent = escape.IsEntering ? escape.Indent : previousIndent;
                }
                _context.CurrentIndent = currentIndent;
                statement.Accept(this);
                if (_flow != FlowState.None)
                {
                    break;
                }
            }
        }
        finally
        {
            _context.CurrentIndent = previousIndent;
        }
        return null;
    }

    public override object? Visit(ScriptEscapeStatement node) => null;

    public override object? Visit(ScriptRawStatement node)
    {
        _context.Write(node.Span, node.Source, node.Start, node.Length);
        return null;
    }

    public override object? Visit(ScriptExpressionStatement node)
    {
        var value = Evaluate(node.Expression);
        if (value is not null && node.Expression is not ScriptAssignExpression && _flow != FlowState.Return)
        {
            _context.Write(node.Span, _context.ObjectToString(value));
        }
        return null;
    }

    public override object? Visit(ScriptNopStatement node) => null;

    public override object? Visit(ScriptEndStatement node) => null;

    public override object? Visit(ScriptIfStatement node)
    {
        var condition = _context.ToBool(SpanOf(node.Condition, node), Evaluate(node.Condition));
        if (node.IsInverted)
        {
            condition = !condition;
        }
        if (condition)
        {
            node.Then?.Accept(this);
        }
        else
        {
            node.Else?.Accept(this);
        }
        return null;
    }

    public override object? Visit(ScriptElseStatement node)
    {
        node.Body?.Accept(this);
        return null;
    }

    public override object? Visit(ScriptCaseStatement node)
    {
        var value = Evaluate(node.Value);
        var first = node.Body?.Statements.OfType<ScriptConditionStatement>().FirstOrDefault();
        RunCaseBranch(first, value);
        return null;
    }

    public override object? Visit(ScriptWhenStatement node) => null;

    private void RunCaseBranch(ScriptConditionStatement? branch, object? value)
    {
        while (branch is not null)
        {
            switch (branch)
            {
                case ScriptWhenStatement whenBranch:
                    foreach (var candidate in whenBranch.Values)
                    {
                        if (BinaryOperators.Evaluate(_context, candidate.Span, ScriptBinaryOperator.CompareEqual, value, Evaluate(candidate)) is true)
                        {
                            whenBranch.Body?.Accept(this);
                            return;
                        }
                    }
                    branch = whenBranch.Next;
                    break;
                case ScriptElseStatement otherwise:
                    otherwise.Body?.Accept(this);
                    return;
                default:
                    branch.Accept(this);
                    return;
            }
        }
    }

    public override object? Visit(ScriptCaptureStatement node)
    {
        _context.PushOutput();
        string text;
        try
        {
            node.Body?.Accept(this);
        }
        finally
        {
            text = _context.PopOutput();
        }
        if (node.Target is not null)
        {
            Assign(node.Target, text);
        }
        return null;
    }

    public override object? Visit(ScriptWithStatement node)
    {
        var target = Evaluate(node.Name);
        if (target is not ScriptObject scope)
        {
            throw new ScriptRuntimeException(SpanOf(node.Name, node), $"Invalid target property `{node.Name}` used for [with] statement. Must be a ScriptObject instead of `{target?.GetType().Name ?? "null"}`");
        }
        _context.PushGlobal(scope);
        try
        {
            node.Body?.Accept(this);
        }
        finally
        {
            _context.PopGlobal();
        }
        return null;
    }

    public override object? Visit(ScriptReturnStatement node)
    {
        _returnValue = Evaluate(node.Expression);
        _flow = FlowState.Return;
        return null;
    }

    public override object? Visit(ScriptBreakStatement node) => Interrupt(node, FlowState.Break, "break");

    public override object? Visit(ScriptContinueStatement node) => Interrupt(node, FlowState.Continue, "continue");

    private object? Interrupt(ScriptStatement node, FlowState flow, string keyword)
    {
        if (_loopDepth == 0)
        {
            if (_context.EnableBreakAndContinueAsReturnOutsideLoop)
            {
                _flow = FlowState.Return;
                return null;
            }
            throw new ScriptRuntimeException(node.Span, $"The <{keyword}> statement can only be used inside for/while loops");
        }
        _flow = flow;
        return null;
    }

    public override object? Visit(ScriptReadOnlyStatement node)
    {
        if (node.Variable is not null)
        {
            _context.SetReadOnly(node.Variable);
        }
        return null;
    }

    public override object? Visit(ScriptImportStatement node)
    {
        var value = Evaluate(node.Expression);
        if (value is null)
        {
            return null;
        }
        if (value is not ScriptObject members)
        {
            throw new ScriptRuntimeException(SpanOf(node.Expression, node), $"Unexpected value `{value.GetType()}` for import. Expecting an plain script object {{}}");
        }
        foreach (var member in members)
        {
            _context.CurrentGlobal.SetValue(member.Key, member.Value, readOnly: false);
        }
        return null;
    }

    public override object? Visit(ScriptFunction node)
    {
        if (node.Name is not null)
        {
            _context.SetVariable(node.Name.Span, node.Name, new ScriptUserFunction(node));
        }
        return null;
    }

    public override object? Visit(ScriptExpressionAsStatement node) => node.Statement.Accept(this);
}
