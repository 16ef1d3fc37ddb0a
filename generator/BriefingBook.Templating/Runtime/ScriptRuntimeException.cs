using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Runtime;

/// <summary>An error raised while rendering, located at the node that failed.</summary>
public class ScriptRuntimeException : Exception
{
    public ScriptRuntimeException(SourceSpan span, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Span = span;
        OriginalMessage = message;
    }

    public SourceSpan Span { get; }

    /// <summary>The message without its location.</summary>
    public string OriginalMessage { get; }

    /// <summary>The message in the form <c>name(line,col) : error : message</c>.</summary>
    public override string Message => $"{Span} : error : {OriginalMessage}";

    public override string ToString() => Message;
}
