using System.Collections.Concurrent;
using System.Reflection;
using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Runtime.Binding;

/// <summary>
/// How a .NET method's parameters map to template arguments: the injected context and span, the
/// parameters a template passes, and a final <c>params</c> array. Computed once per method.
/// </summary>
internal sealed class MethodSignature
{
    private static readonly ConcurrentDictionary<MethodInfo, MethodSignature> Cache = new();

    private MethodSignature(MethodInfo method)
    {
        Invoker = MethodInvoker.Create(method);
        var parameters = method.GetParameters();
        HasContext = parameters.Length > 0 && typeof(TemplateContext).IsAssignableFrom(parameters[0].ParameterType);
        HasSpan = HasContext && parameters.Length > 1 && parameters[1].ParameterType == typeof(SourceSpan);
        FirstUserIndex = (HasContext ? 1 : 0) + (HasSpan ? 1 : 0);

        var last = parameters.Length > FirstUserIndex ? parameters[^1] : null;
        HasParams = last is not null && last.ParameterType.IsArray &&
            (last.ParameterType == typeof(object[]) || last.IsDefined(typeof(ParamArrayAttribute), inherit: false));

        Parameters = new FunctionParameter[parameters.Length - FirstUserIndex];
        for (var i = 0; i < Parameters.Length; i++)
        {
            var parameter = parameters[FirstUserIndex + i];
            var isParams = HasParams && i == Parameters.Length - 1;
            var type = isParams ? parameter.ParameterType.GetElementType()! : parameter.ParameterType;
            var hasDefault = !isParams && parameter.IsOptional;
            var defaultValue = hasDefault && parameter.HasDefaultValue ? parameter.DefaultValue : null;
            Parameters[i] = new FunctionParameter(parameter.Name ?? $"arg{i}", type, hasDefault, defaultValue);
        }

        RequiredParameterCount = Parameters.Count(p => !p.HasDefault) - (HasParams ? 1 : 0);
    }

    /// <summary>Calls the method without wrapping the arguments in a new array.</summary>
    public MethodInvoker Invoker { get; }

    public bool HasContext { get; }

    public bool HasSpan { get; }

    /// <summary>Index of the first parameter a template passes, after the injected ones.</summary>
    public int FirstUserIndex { get; }

    public bool HasParams { get; }

    public FunctionParameter[] Parameters { get; }

    public int RequiredParameterCount { get; }

    public static MethodSignature Of(MethodInfo method) => Cache.GetOrAdd(method, static m => new MethodSignature(m));
}
