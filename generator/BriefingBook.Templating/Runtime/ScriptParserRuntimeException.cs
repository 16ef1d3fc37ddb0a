using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Runtime;

/// <summary>A template loaded at run time (by <c>include</c>) has syntax errors; carries the parser's messages.</summary>
public sealed class ScriptParserRuntimeException : ScriptRuntimeException
{
    public ScriptParserRuntimeException(SourceSpan span, string message, IReadOnlyList<LogMessage> parserMessages)
        : base(span, message)
    {
        ParserMessages = parserMessages;
    }

    public IReadOnlyList<LogMessage> ParserMessages { get; }

    public override string Message => $"{base.Message} Parser messages:\n {string.Join("\n", ParserMessages)}";
}
