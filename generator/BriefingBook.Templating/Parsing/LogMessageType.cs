namespace BriefingBook.Templating.Parsing;

/// <summary>The severity of a parser message.</summary>
public enum LogMessageType
{
    Warning,
    Error,
}
