using System.Reflection;
using System.Runtime.ExceptionServices;
using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Runtime.Binding;

/// <summary>
/// A template function backed by a .NET method. A leading <see cref="TemplateContext"/> parameter,
/// and a <see cref="SourceSpan"/> right after it, receive the render context and the call site;
/// the other parameters bind positional and snake_case named arguments, take their default values
/// when omitted, and a final <c>params</c> array collects the remaining positional arguments.
/// </summary>
public sealed class ReflectionFunction : IScriptCustomFunction
{
    private readonly MethodSignature _signature;
    private readonly object? _target;
    private readonly bool _hasContext;
    private readonly bool _hasSpan;
    private readonly int _firstUserIndex;
    private readonly FunctionParameter[] _parameters;

    public ReflectionFunction(string name, MethodInfo method, object? target = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (!method.IsStatic && target is null)
        {
            throw new ArgumentException($"The instance method `{method.Name}` needs a target.", nameof(target));
        }

        Name = name;
        _target = target;

        var signature = MethodSignature.Of(method);
        _signature = signature;
        _hasContext = signature.HasContext;
        _hasSpan = signature.HasSpan;
        _firstUserIndex = signature.FirstUserIndex;
        _parameters = signature.Parameters;
        HasParams = signature.HasParams;
        ParameterCount = _parameters.Length;
        RequiredParameterCount = signature.RequiredParameterCount;
    }

    /// <summary>The name shown in error messages, such as <c>string.slice</c>.</summary>
    public string Name { get; }

    /// <summary>The parameters a template passes, the injected context and span excluded.</summary>
    public IReadOnlyList<FunctionParameter> Parameters => _parameters;

    /// <summary>Number of parameters a template can pass by position (a <c>params</c> array counts as one).</summary>
    public int ParameterCount { get; }

    /// <summary>Number of parameters without a default value, the <c>params</c> array excluded.</summary>
    public int RequiredParameterCount { get; }

    /// <summary>Whether the last parameter collects the remaining arguments.</summary>
    public bool HasParams { get; }

    public object? Invoke(
        TemplateContext context,
        SourceSpan span,
        IReadOnlyList<object?> arguments,
        IReadOnlyList<KeyValuePair<string, object?>>? namedArguments = null)
    {
        var values = Bind(context, span, arguments, namedArguments);
        try
        {
            return _signature.Invoker.Invoke(_target, new Span<object?>(values));
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw AsRuntimeError(span, exception.InnerException);
        }
        catch (Exception exception) when (exception is not ScriptRuntimeException and not TargetInvocationException)
        {
            throw AsRuntimeError(span, exception);
        }
    }

    public override string ToString() => Name;

    // An argument the method rejects is the template's mistake: its message says it all, as in Scriban.
    // Any other failure keeps the original exception for the host to debug.
    private static Exception AsRuntimeError(SourceSpan span, Exception exception)
    {
        if (exception is ScriptRuntimeException)
        {
            ExceptionDispatchInfo.Capture(exception).Throw();
        }
        return exception is ArgumentException
            ? new ScriptRuntimeException(span, exception.Message)
            : new ScriptRuntimeException(span, exception.Message, exception);
    }

    private object?[] Bind(
        TemplateContext context,
        SourceSpan span,
        IReadOnlyList<object?> arguments,
        IReadOnlyList<KeyValuePair<string, object?>>? namedArguments)
    {
        var fixedCount = HasParams ? _parameters.Length - 1 : _parameters.Length;
        var values = new object?[_firstUserIndex + _parameters.Length];
        Span<bool> assigned = stackalloc bool[_parameters.Length];
        List<object?>? extra = null;

        if (_hasContext)
        {
            values[0] = context;
        }
        if (_hasSpan)
        {
            values[1] = span;
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (i < fixedCount)
            {
                values[_firstUserIndex + i] = context.ToObject(span, arguments[i], _parameters[i].Type);
                assigned[i] = true;
            }
            else if (HasParams)
            {
                (extra ??= new List<object?>()).Add(context.ToObject(span, arguments[i], _parameters[^1].Type));
            }
            else
            {
                throw TooMany(span, arguments.Count + (namedArguments?.Count ?? 0));
            }
        }

        if (namedArguments is not null)
        {
            foreach (var (name, value) in namedArguments)
            {
                var index = IndexOf(name);
                if (index < 0)
                {
                    throw new ScriptRuntimeException(span, $"Invalid argument `{name}` not found for function `{Name}`");
                }
                if (HasParams && index == _parameters.Length - 1)
                {
                    (extra ??= new List<object?>()).Add(context.ToObject(span, value, _parameters[index].Type));
                    continue;
                }
                values[_firstUserIndex + index] = context.ToObject(span, value, _parameters[index].Type);
                assigned[index] = true;
            }
        }

        var requiredGiven = 0;
        for (var i = 0; i < fixedCount; i++)
        {
            if (assigned[i])
            {
                requiredGiven += _parameters[i].HasDefault ? 0 : 1;
            }
            else if (_parameters[i].HasDefault)
            {
                values[_firstUserIndex + i] = DefaultOf(_parameters[i]);
            }
        }
        if (requiredGiven < RequiredParameterCount)
        {
            throw new ScriptRuntimeException(AfterCall(span),
                $"Invalid number of arguments `{requiredGiven}` passed to `{Name}` while expecting `{RequiredParameterCount}` arguments");
        }

        if (HasParams)
        {
            var count = extra?.Count ?? 0;
            var array = Array.CreateInstance(_parameters[^1].Type, count);
            for (var i = 0; i < count; i++)
            {
                array.SetValue(extra![i], i);
            }
            values[^1] = array;
        }
        return values;
    }

    private int IndexOf(string argumentName)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            if (_parameters[i].Matches(argumentName))
            {
                return i;
            }
        }
        return -1;
    }

    private static object? DefaultOf(FunctionParameter parameter)
    {
        if (parameter.DefaultValue is not null && parameter.DefaultValue is not DBNull && parameter.DefaultValue is not Missing)
        {
            return parameter.DefaultValue;
        }
        return parameter.Type.IsValueType && Nullable.GetUnderlyingType(parameter.Type) is null
            ? Activator.CreateInstance(parameter.Type)
            : null;
    }

    private ScriptRuntimeException TooMany(SourceSpan span, int count) =>
        new(AfterCall(span), $"Invalid number of arguments `{count}` passed to `{Name}` while expecting `{ParameterCount}` arguments");

    // Missing arguments are reported just after the call, where they would have been written.
    private static SourceSpan AfterCall(SourceSpan span)
    {
        var next = new TextPosition(span.End.Offset + 1, span.End.Line, span.End.Column + 1);
        return new SourceSpan(span.FileName, next, next);
    }
}
