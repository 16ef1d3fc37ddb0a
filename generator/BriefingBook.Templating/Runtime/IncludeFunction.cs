using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Runtime;

/// <summary>
/// <c>include name args...</c>: renders another template, found through the context's loader, with
/// the same globals; its arguments are <c>$0</c> (the name), <c>$1</c>... Returns the rendered text.
/// </summary>
public sealed class IncludeFunction : IScriptCustomFunction
{
    public static readonly IncludeFunction Instance = new();

    private IncludeFunction()
    {
    }

    public object? Invoke(TemplateContext context, SourceSpan span, IReadOnlyList<object?> arguments, IReadOnlyList<KeyValuePair<string, object?>>? namedArguments = null)
    {
        if (arguments.Count == 0)
        {
            throw new ScriptRuntimeException(span, "Expecting at least the name of the template to include for the <include> function");
        }
        var name = context.ObjectToString(arguments[0]);
        if (string.IsNullOrEmpty(name))
        {
            if (context.Language == ScriptLang.Liquid)
            {
                return null;
            }
            throw new ScriptRuntimeException(span, "Include template name cannot be null or empty");
        }
        if (context.TemplateLoader is null)
        {
            throw new ScriptRuntimeException(span, $"Unable to include <{name}>. No TemplateLoader registered in TemplateContext.TemplateLoader");
        }
        var path = context.TemplateLoader.GetPath(context, span, name)
            ?? throw new ScriptRuntimeException(span, $"Include template path is null for `{name}");
        var template = context.LoadTemplate(span, name, path);
        return context.Evaluator.RenderInclude(template, span, name, arguments, namedArguments);
    }
}
