using System.Collections;
using System.Runtime.CompilerServices;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Runtime.Evaluation;

/// <summary>Function calls, pipes, <c>wrap</c> and the invocation of functions defined in templates.</summary>
internal sealed partial class ScriptEvaluator
{
    public override object? Visit(ScriptFunctionCall node)
    {
        var pipe = TakePipe();
        var target = EvaluateWithoutCall(node.Target);
        if (target is IScriptCustomFunction function)
        {
            return CallFunction(node, node.Target, function, node.Arguments, pipe);
        }
        if (_context.EnableRelaxedFunctionAccess)
        {
            return null;
        }
        if (target is null)
        {
            throw new ScriptRuntimeException(node.Target.Span, $"The function `{node.Target}` was not found");
        }
        throw new ScriptRuntimeException(node.Span, $"Invalid target function `{_context.ObjectToString(target)}` ({TemplateContext.GetTypeName(target)})");
    }

    /// <summary>Takes the value waiting to be piped into the next call, if any.</summary>
    private PipeArgument TakePipe()
    {
        var pipe = new PipeArgument(_hasPipeValue, _pipeValue, _pipeExpands);
        _hasPipeValue = false;
        _pipeValue = null;
        _pipeExpands = false;
        return pipe;
    }

    private object? CallFunction(ScriptNode callNode, ScriptExpression targetNode, IScriptCustomFunction function, IReadOnlyList<ScriptExpression> argumentNodes, PipeArgument pipe)
    {
        var arguments = new List<object?>(argumentNodes.Count + 1);
        List<KeyValuePair<string, object?>>? named = null;
        if (pipe.HasValue)
        {
            if (pipe.Expands && pipe.Value is IEnumerable pipedItems and not string)
            {
                foreach (var item in pipedItems)
                {
                    arguments.Add(item);
                }
            }
            else
            {
                arguments.Add(pipe.Value);
            }
        }
        foreach (var argumentNode in argumentNodes)
        {
            switch (argumentNode)
            {
                case ScriptNamedArgument namedArgument:
                    (named ??= new List<KeyValuePair<string, object?>>()).Add(new(namedArgument.Name, Visit(namedArgument)));
                    break;
                case ScriptUnaryExpression { Operator: ScriptUnaryOperator.FunctionParametersExpand } expand:
                    var expanded = Evaluate(expand.Right);
                    if (expanded is IEnumerable items and not string)
                    {
                        foreach (var item in items)
                        {
                            arguments.Add(item);
                        }
                    }
                    else
                    {
                        arguments.Add(expanded);
                    }
                    break;
                default:
                    arguments.Add(Evaluate(argumentNode));
                    break;
            }
        }
        if (_context.RecursiveLimit > 0 && _callDepth >= _context.RecursiveLimit)
        {
            throw new ScriptRuntimeException(callNode.Span, $"Exceeding number of recursive depth limit `{_context.RecursiveLimit}` for node: `{callNode}`");
        }
        if (!StackGuard.HasRoom(_callDepth))
        {
            throw new ScriptRuntimeException(callNode.Span, "Exceeding recursive depth limit, near to stack overflow");
        }
        _callDepth++;
        var savedCall = _currentCall;
        _currentCall = (callNode, argumentNodes);
        try
        {
            return Invoke(function, callNode.Span, arguments, named);
        }
        finally
        {
            _callDepth--;
            _currentCall = savedCall;
        }
    }

    private object? Invoke(IScriptCustomFunction function, SourceSpan span, IReadOnlyList<object?> arguments, IReadOnlyList<KeyValuePair<string, object?>>? named)
    {
        try
        {
            return function.Invoke(_context, span, arguments, named);
        }
        catch (Exception exception) when (exception is not (ScriptRuntimeException or OutOfMemoryException or InsufficientExecutionStackException))
        {
            // A filter rather than catch-and-rethrow: a rethrow at every level of a deep recursion would exhaust the stack.
            throw new ScriptRuntimeException(span, exception.Message, exception);
        }
    }

    public override object? Visit(ScriptPipeCall node)
    {
        var value = Evaluate(node.From);
        var savedValue = _pipeValue;
        var savedHas = _hasPipeValue;
        var savedExpands = _pipeExpands;
        _pipeValue = value;
        _hasPipeValue = true;
        _pipeExpands = node.From is ScriptUnaryExpression { Operator: ScriptUnaryOperator.FunctionParametersExpand };
        try
        {
            var result = Evaluate(node.To);
            if (_hasPipeValue && result is IScriptCustomFunction function)
            {
                result = CallFunction(node.To ?? (ScriptNode)node, node.To ?? node.From, function, Array.Empty<ScriptExpression>(), TakePipe());
            }
            if (_hasPipeValue)
            {
                throw new ScriptRuntimeException(SpanOf(node.To, node), $"Pipe expression destination `{node.To}` is not a valid function ");
            }
            return result;
        }
        finally
        {
            _pipeValue = savedValue;
            _hasPipeValue = savedHas;
            _pipeExpands = savedExpands;
        }
    }

    public override object? Visit(ScriptWrapStatement node)
    {
        if (node.Target is not ScriptFunctionCall call)
        {
            var target = SpanOf(node.Target, node);
            throw new ScriptRuntimeException(target, $"Expecting a direct function instead of the expression `{node.Target}/{ScriptSyntax.Describe(node.Target).Name}`");
        }
        _blockDelegates.Add(node.Body ?? new ScriptBlockStatement());
        try
        {
            var value = Visit(call);
            if (value is not null)
            {
                _context.Write(node.Span, _context.ObjectToString(value));
            }
        }
        finally
        {
            _blockDelegates.RemoveAt(_blockDelegates.Count - 1);
        }
        return null;
    }

    private void RunBlockDelegate(ScriptVariable node)
    {
        if (_blockDelegates.Count == 0)
        {
            throw new ScriptRuntimeException(node.Span, "The block delegate `$$` can only be used inside a function called by a <wrap> statement");
        }
        var body = _blockDelegates[^1];
        _blockDelegates.RemoveAt(_blockDelegates.Count - 1);
        try
        {
            body.Accept(this);
        }
        finally
        {
            _blockDelegates.Add(body);
        }
    }

    /// <summary>Runs a function defined in a template with its own <c>$</c> locals and, for declared parameters, its own scope.</summary>
    public object? InvokeUserFunction(ScriptUserFunction function, SourceSpan span, IReadOnlyList<object?> arguments, IReadOnlyList<KeyValuePair<string, object?>>? named)
    {
        var definition = function.Definition;
        if (!StackGuard.HasRoom(_callDepth))
        {
            throw new ScriptRuntimeException(span, "Exceeding recursive depth limit, near to stack overflow");
        }

        var argumentArray = new ScriptArray(arguments);
        if (named is not null)
        {
            foreach (var argument in named)
            {
                argumentArray.SetProperty(argument.Key, argument.Value);
            }
        }
        var frame = new ScriptObject();
        frame.SetValue(string.Empty, argumentArray, readOnly: false);
        var call = _currentCall;
        _currentCall = default;
        var parameterScope = definition.Parameters is null ? null : BindParameters(function, call, span, arguments, named);

        var savedLoopDepth = _loopDepth;
        _loopDepth = 0;
        _context.PushLocal(frame);
        var captured = function.CapturedScopes;
        if (captured is not null)
        {
            for (var i = 0; i < captured.Count; i++)
            {
                _context.PushFunctionScope(captured[i], hidesParents: i == 0);
            }
        }
        _context.PushFunctionScope(parameterScope, hidesParents: captured is null);
        try
        {
            object? result = null;
            if (definition.IsExpressionBody && definition.Body is ScriptExpressionStatement { Expression: var expression })
            {
                result = Evaluate(expression);
            }
            else
            {
                definition.Body?.Accept(this);
                if (_flow == FlowState.Return)
                {
                    result = _returnValue;
                }
            }
            return result;
        }
        finally
        {
            _flow = FlowState.None;
            _returnValue = null;
            _context.PopFunctionScope();
            for (var i = 0; i < (captured?.Count ?? 0); i++)
            {
                _context.PopFunctionScope();
            }
            _context.PopLocal();
            _loopDepth = savedLoopDepth;
        }
    }

    /// <summary>How messages name a call: the call as written, or the function's name when called from a builtin.</summary>
    private static string CallerText(ScriptUserFunction function, (ScriptNode? Node, IReadOnlyList<ScriptExpression>? Arguments) call) =>
        call.Node?.ToString() ?? function.Name;

    private ScriptObject BindParameters(ScriptUserFunction function, (ScriptNode? Node, IReadOnlyList<ScriptExpression>? Arguments) call, SourceSpan span, IReadOnlyList<object?> arguments, IReadOnlyList<KeyValuePair<string, object?>>? named)
    {
        var parameters = function.Definition.Parameters!;
        var scope = new ScriptObject();
        var position = 0;
        var required = parameters.Count(p => !p.HasDefault && !p.IsVariadic);
        var hasVariadic = parameters.Any(p => p.IsVariadic);
        foreach (var parameter in parameters)
        {
            if (parameter.IsVariadic)
            {
                var rest = new ScriptArray();
                while (position < arguments.Count)
                {
                    rest.Add(arguments[position++]);
                }
                scope.SetValue(parameter.Name, rest, readOnly: false);
                continue;
            }
            var namedValue = named?.FirstOrDefault(n => n.Key == parameter.Name);
            if (namedValue is { Key: not null } found)
            {
                scope.SetValue(parameter.Name, found.Value, readOnly: false);
            }
            else if (position < arguments.Count)
            {
                scope.SetValue(parameter.Name, arguments[position++], readOnly: false);
            }
            else if (parameter.HasDefault)
            {
                scope.SetValue(parameter.Name, parameter.DefaultValue?.Value, readOnly: false);
            }
            else
            {
                throw new ScriptRuntimeException(span, $"Invalid number of arguments `{arguments.Count + (named?.Count ?? 0)}` passed to `{CallerText(function, call)}` while expecting `{required}` arguments");
            }
        }
        if (!hasVariadic && position < arguments.Count)
        {
            var argumentNodes = call.Arguments;
            var blamed = argumentNodes is not null && arguments.Count <= argumentNodes.Count ? argumentNodes[arguments.Count - 1].Span : span;
            throw new ScriptRuntimeException(blamed, $"Invalid number of arguments `{arguments.Count}` passed to `{CallerText(function, call)}` while expecting `{parameters.Count}` arguments");
        }
        return scope;
    }

    /// <summary>Renders an included template with its own <c>$</c> arguments and returns its output.</summary>
    public string RenderInclude(Template template, SourceSpan span, string name, IReadOnlyList<object?> arguments, IReadOnlyList<KeyValuePair<string, object?>>? named)
    {
        if (!StackGuard.HasRoom(_callDepth))
        {
            throw new ScriptRuntimeException(span, "Exceeding recursive depth limit, near to stack overflow");
        }
        var argumentArray = new ScriptArray(arguments);
        if (named is not null)
        {
            foreach (var argument in named)
            {
                argumentArray.SetProperty(argument.Key, argument.Value);
            }
        }
        var frame = new ScriptObject();
        frame.SetValue(string.Empty, argumentArray, readOnly: false);
        var savedLoopDepth = _loopDepth;
        _loopDepth = 0;
        var previousIndent = _context.CurrentIndent;
        _context.CurrentIndent = null;
        _context.PushLocal(frame);
        _context.PushOutput();
        string text;
        try
        {
            if (previousIndent is not null)
            {
                _context.ResetPreviousNewLine();
            }
            template.Page.Accept(this);
            if (previousIndent is not null)
            {
                _context.ResetPreviousNewLine();
            }
        }
        finally
        {
            _context.CurrentIndent = previousIndent;
            if (_flow == FlowState.Return)
            {
                _flow = FlowState.None;
                _returnValue = null;
            }
            text = _context.PopOutput();
            _context.PopLocal();
            _loopDepth = savedLoopDepth;
        }
        return text;
    }
}
