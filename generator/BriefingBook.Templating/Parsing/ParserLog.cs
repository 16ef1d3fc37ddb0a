namespace BriefingBook.Templating.Parsing;

/// <summary>
/// The messages of one parse, in the order they were found, and what they mean for the parse: whether the
/// tree has errors, and whether one of them was fatal (the rest of the text cannot be trusted).
/// </summary>
internal sealed class ParserLog(NestingGuard nesting)
{
    private readonly List<LogMessage> _messages = new();

    public IReadOnlyList<LogMessage> Messages => _messages;

    public bool HasErrors { get; private set; }

    public bool HasFatalError { get; private set; }

    /// <summary>Records a message, unless the nesting limit was passed: then the unwinding parse only repeats that failure.</summary>
    public void Add(LogMessage message, bool isFatal = false)
    {
        if (nesting.Tripped && _messages.Count > 0)
        {
            return;
        }
        Record(message, isFatal);
    }

    /// <summary>Records that the nesting limit was passed; this message is kept whatever came before it.</summary>
    public void AddDepthLimitReached(SourceSpan span) =>
        Record(new LogMessage(LogMessageType.Error, span, $"The statement depth limit `{nesting.Limit}` was reached when parsing this statement"), isFatal: true);

    private void Record(LogMessage message, bool isFatal)
    {
        _messages.Add(message);
        if (message.Type != LogMessageType.Error)
        {
            return;
        }
        HasErrors = true;
        HasFatalError |= isFatal;
    }
}
