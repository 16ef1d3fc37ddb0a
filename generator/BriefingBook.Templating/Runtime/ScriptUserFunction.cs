using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Runtime;

/// <summary>A function defined in a template (<c>func</c>, one-line definition or <c>do ... end</c>), as a callable value.</summary>
public sealed class ScriptUserFunction : IScriptCustomFunction
{
    public ScriptUserFunction(ScriptFunction definition, IReadOnlyList<ScriptObject>? capturedScopes = null)
    {
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));
        CapturedScopes = capturedScopes;
    }

    public ScriptFunction Definition { get; }

    /// <summary>For an anonymous function created inside another function: the parameter scopes it sees, outermost first.</summary>
    public IReadOnlyList<ScriptObject>? CapturedScopes { get; }

    /// <summary>The name used in messages: the declared name, or <c>do</c> for an anonymous function.</summary>
    public string Name => Definition.Name?.DisplayName ?? "do";

    public object? Invoke(TemplateContext context, SourceSpan span, IReadOnlyList<object?> arguments, IReadOnlyList<KeyValuePair<string, object?>>? namedArguments = null) =>
        context.Evaluator.InvokeUserFunction(this, span, arguments, namedArguments);
}
