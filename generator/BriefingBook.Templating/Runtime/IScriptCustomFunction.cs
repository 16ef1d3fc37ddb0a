using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Runtime;

/// <summary>
/// A value that can be called from a template: a builtin bound to a .NET method, a <c>func</c>
/// defined in a template, or a host-provided function.
/// </summary>
public interface IScriptCustomFunction
{
    /// <summary>
    /// Calls the function. <paramref name="arguments"/> are the positional arguments, already
    /// evaluated (for a pipe, the piped value comes first); <paramref name="namedArguments"/> are
    /// the <c>name: value</c> arguments in call order. <paramref name="span"/> is the call site.
    /// </summary>
    object? Invoke(
        TemplateContext context,
        SourceSpan span,
        IReadOnlyList<object?> arguments,
        IReadOnlyList<KeyValuePair<string, object?>>? namedArguments = null);
}
