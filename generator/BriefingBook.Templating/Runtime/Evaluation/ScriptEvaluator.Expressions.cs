using System.Collections;
using System.Text;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Runtime.Evaluation;

/// <summary>Values: literals, variables, member and index access, operators, initializers and interpolation.</summary>
internal sealed partial class ScriptEvaluator
{
    public override object? Visit(ScriptLiteral node) => node.Value;

    public override object? Visit(ScriptVariable node)
    {
        if (node is { Scope: ScriptVariableScope.Local, Name: "$" })
        {
            RunBlockDelegate(node);
            return null;
        }
        return AutoCall(node, GetVariable(node));
    }

    private object? GetVariable(ScriptVariable node)
    {
        if (_context.TryGetVariable(node, out var value))
        {
            return value;
        }
        if (node is { Scope: ScriptVariableScope.Local, Name: "" })
        {
            return null;
        }
        if (_context.StrictVariables)
        {
            throw new ScriptRuntimeException(node.Span, $"The variable or function `{node.DisplayName}` was not found");
        }
        return null;
    }

    private object? AutoCall(ScriptExpression node, object? value)
    {
        if (value is not IScriptCustomFunction function)
        {
            return value;
        }
        var pipe = TakePipe();
        return CallFunction(node, node, function, Array.Empty<ScriptExpression>(), pipe);
    }

    public override object? Visit(ScriptMemberExpression node) => AutoCall(node, GetMember(node));

    private object? GetMember(ScriptMemberExpression node)
    {
        var target = Evaluate(node.Target);
        if (target is null)
        {
            if (node.IsNullConditional || _context.EnableRelaxedMemberAccess)
            {
                return null;
            }
            throw new ScriptRuntimeException(node.MemberSpan, $"Cannot get the member {node} from a null target");
        }
        _context.TryGetMember(node.Span, target, node.Member, out var value);
        return value;
    }

    public override object? Visit(ScriptIndexerExpression node) => AutoCall(node, GetIndex(node));

    private object? GetIndex(ScriptIndexerExpression node)
    {
        var target = Evaluate(node.Target);
        if (target is null)
        {
            if (_context.EnableRelaxedTargetAccess)
            {
                return null;
            }
            throw new ScriptRuntimeException(node.Target.Span, $"Object `{node.Target}` is null. Cannot access indexer: {node}");
        }
        var index = Evaluate(node.Index);
        if (index is null)
        {
            if (_context.EnableNullIndexer)
            {
                return null;
            }
            throw new ScriptRuntimeException(SpanOf(node.Index, node), $"Cannot access target `{node.Target}` with a null indexer: {node}");
        }
        return _context.GetIndex(node.Span, target, index);
    }

    public override object? Visit(ScriptIsEmptyExpression node)
    {
        var target = Evaluate(node.Target);
        if (target is null && !_context.EnableRelaxedMemberAccess)
        {
            throw new ScriptRuntimeException(node.Span, $"Object `{node.Target}` is null. Cannot access property `empty?`");
        }
        return IsEmpty(target);
    }

    /// <summary>Scriban's emptiness: unknown for null, no items for lists and text, never for numbers, members for other objects.</summary>
    private object? IsEmpty(object? value) => value switch
    {
        null => null,
        string text => text.Length == 0,
        ICollection collection => collection.Count == 0,
        IEnumerable enumerable => !enumerable.Cast<object?>().Any(),
        _ when Numbers.IsNumber(value) || value is bool or char => false,
        _ => TypeMemberCache.GetMembers(value.GetType(), _context.MemberRenamer).Count > 0,
    };

    public override object? Visit(ScriptBinaryExpression node)
    {
        switch (node.Operator)
        {
            case ScriptBinaryOperator.And:
                return _context.ToBool(node.Left.Span, Evaluate(node.Left)) && _context.ToBool(SpanOf(node.Right, node), Evaluate(node.Right));
            case ScriptBinaryOperator.Or:
                return _context.ToBool(node.Left.Span, Evaluate(node.Left)) || _context.ToBool(SpanOf(node.Right, node), Evaluate(node.Right));
            case ScriptBinaryOperator.EmptyCoalescing:
                return Evaluate(node.Left) ?? Evaluate(node.Right);
            case ScriptBinaryOperator.NotEmptyCoalescing:
                return Evaluate(node.Left) is null ? null : Evaluate(node.Right);
        }
        var left = Evaluate(node.Left);
        var right = Evaluate(node.Right);
        return BinaryOperators.Evaluate(_context, node.OperatorSpan, node.Operator, left, right, node.Left.Span, SpanOf(node.Right, node));
    }

    public override object? Visit(ScriptUnaryExpression node)
    {
        switch (node.Operator)
        {
            case ScriptUnaryOperator.Not:
                return !_context.ToBool(SpanOf(node.Right, node), Evaluate(node.Right));
            case ScriptUnaryOperator.FunctionAlias:
                return EvaluateWithoutCall(node.Right);
            case ScriptUnaryOperator.FunctionParametersExpand:
                return Evaluate(node.Right);
        }
        var value = Evaluate(node.Right);
        if (value is null)
        {
            return null;
        }
        if (!Numbers.IsNumber(value))
        {
            throw new ScriptRuntimeException(node.Span, $"Unexpected value `{value} / Type: {value.GetType()}`. Cannot negate(-)/positive(+) a non-numeric value");
        }
        return node.Operator == ScriptUnaryOperator.Negate ? Numbers.Negate(value) : value;
    }

    /// <summary>Evaluates a function reference without calling it (<c>@f</c>, call targets).</summary>
    private object? EvaluateWithoutCall(ScriptExpression? expression) => expression switch
    {
        ScriptVariable { Scope: ScriptVariableScope.Local, Name: "$" } => null,
        ScriptVariable variable => GetVariable(variable),
        ScriptMemberExpression member => GetMember(member),
        ScriptIndexerExpression indexer => GetIndex(indexer),
        ScriptNestedExpression nested => EvaluateWithoutCall(nested.Expression),
        _ => Evaluate(expression),
    };

    public override object? Visit(ScriptConditionalExpression node) =>
        _context.ToBool(node.Condition.Span, Evaluate(node.Condition)) ? Evaluate(node.Then) : Evaluate(node.Else);

    public override object? Visit(ScriptNestedExpression node) => AutoCall(node, Evaluate(node.Expression));

    public override object? Visit(ScriptArrayInitializerExpression node)
    {
        var array = new ScriptArray(node.Values.Count);
        foreach (var value in node.Values)
        {
            array.Add(Evaluate(value));
        }
        return array;
    }

    public override object? Visit(ScriptObjectInitializerExpression node)
    {
        var result = new ScriptObject();
        foreach (var member in node.Members)
        {
            result.SetValue(member.Key, Evaluate(member.Value), readOnly: false);
        }
        return result;
    }

    public override object? Visit(ScriptNamedArgument node) => node.Value is null ? true : Evaluate(node.Value);

    public override object? Visit(ScriptThisExpression node) => _context.CurrentGlobal;

    public override object? Visit(ScriptAnonymousFunction node) => new ScriptUserFunction(node.Function, _context.CaptureFunctionScopes());

    public override object? Visit(ScriptInterpolatedStringExpression node)
    {
        var builder = new StringBuilder();
        foreach (var part in node.Parts)
        {
            builder.Append(_context.ObjectToString(Evaluate(part)));
        }
        return builder.ToString();
    }

    public override object? Visit(ScriptInterpolatedExpression node) => Evaluate(node.Expression);
}
