using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Runtime.Evaluation;

/// <summary>Assignments (<c>=</c> and compound), increments, and writing to variables, members and items.</summary>
internal sealed partial class ScriptEvaluator
{
    public override object? Visit(ScriptAssignExpression node)
    {
        if (node.Target is null)
        {
            return null;
        }
        var value = Evaluate(node.Value);
        if (node.CompoundOperator != ScriptBinaryOperator.None)
        {
            var current = EvaluateWithoutCall(node.Target);
            value = BinaryOperators.Evaluate(_context, node.Span, node.CompoundOperator, current, value);
        }
        Assign(node.Target, value);
        return null;
    }

    public override object? Visit(ScriptIncrementDecrementExpression node)
    {
        if (node.Target is null)
        {
            return null;
        }
        var current = EvaluateWithoutCall(node.Target);
        var updated = BinaryOperators.Evaluate(_context, node.Span, node.IsIncrement ? ScriptBinaryOperator.Add : ScriptBinaryOperator.Subtract, current, 1);
        Assign(node.Target, updated);
        return node.IsPostfix ? current : updated;
    }

    /// <summary>Stores <paramref name="value"/> where <paramref name="target"/> points.</summary>
    private void Assign(ScriptExpression target, object? value)
    {
        switch (target)
        {
            case ScriptVariable variable:
                _context.SetVariable(variable.Span, variable, value);
                break;
            case ScriptMemberExpression member:
                var owner = Evaluate(member.Target);
                if (owner is null)
                {
                    throw new ScriptRuntimeException(member.Span, $"Object `{member.Target}` is null. Cannot access member: {member}");
                }
                if (!_context.TrySetMember(member.Span, owner, member.Member, value))
                {
                    throw new ScriptRuntimeException(member.MemberSpan, $"Cannot set a value for the readonly member: {member}");
                }
                break;
            case ScriptIndexerExpression indexer:
                var container = Evaluate(indexer.Target);
                if (container is null)
                {
                    if (_context.EnableRelaxedTargetAccess)
                    {
                        break;
                    }
                    throw new ScriptRuntimeException(indexer.Target.Span, $"Object `{indexer.Target}` is null. Cannot access indexer: {indexer}");
                }
                var index = Evaluate(indexer.Index);
                if (index is null)
                {
                    throw new ScriptRuntimeException(SpanOf(indexer.Index, indexer), $"Cannot access target `{indexer.Target}` with a null indexer: {indexer}");
                }
                if (!_context.TrySetIndex(indexer.Span, container, index, value))
                {
                    var key = _context.ObjectToString(index);
                    throw new ScriptRuntimeException(SpanOf(indexer.Index, indexer), $"Cannot set a value for the readonly member `{key}` in the indexer: {indexer.Target}['{key}']");
                }
                break;
            case ScriptNestedExpression { Expression: { } inner }:
                Assign(inner, value);
                break;
            default:
                throw new ScriptRuntimeException(target.Span, "Unsupported target expression for assignment.");
        }
    }
}
