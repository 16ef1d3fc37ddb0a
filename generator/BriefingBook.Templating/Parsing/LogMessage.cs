namespace BriefingBook.Templating.Parsing;

/// <summary>A message of the lexer or parser, located in the template.</summary>
public sealed record LogMessage(LogMessageType Type, SourceSpan Span, string Message)
{
    /// <summary>The form editors and tools parse: <c>name(line,col) : error : message</c>.</summary>
    public override string ToString() =>
        $"{Span.FileName}{Span.Start} : {(Type == LogMessageType.Error ? "error" : "warning")} : {Message}";
}
