using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>Evaluation of text as code or as a template, in the current render.</summary>
public sealed partial class ObjectFunctions : ScriptObject
{
    /// <summary>The value of <paramref name="value"/> read as code; a function is called, any other value returned as is.</summary>
    public static object? Eval(TemplateContext context, SourceSpan span, object? value) => Evaluate(context, span, value, asTemplate: false);

    /// <summary>The output of <paramref name="value"/> rendered as a template; a function is called, any other value returned as is.</summary>
    public static object? EvalTemplate(TemplateContext context, SourceSpan span, object? value) => Evaluate(context, span, value, asTemplate: true);

    private static object? Evaluate(TemplateContext context, SourceSpan span, object? value, bool asTemplate) => value switch
    {
        null => null,
        string text => context.Evaluate(span, text, asTemplate),
        IScriptCustomFunction function => context.Call(span, function),
        _ => value,
    };
}
