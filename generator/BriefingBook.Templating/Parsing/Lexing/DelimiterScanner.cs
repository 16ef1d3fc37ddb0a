namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>Reads the delimiters that enter and leave code and escape blocks, and the whitespace a closer's control eats.</summary>
internal static class DelimiterScanner
{
    public static void Open(LexingContext context, Delimiter opener)
    {
        var start = context.Reader.Position;
        context.Reader.Advance(opener.Length - 1);
        var end = context.Reader.Take();
        if (opener.Type == TokenType.LiquidTagEnter && LiquidBlockScanner.TryScan(context, start, end))
        {
            return;
        }
        context.Emit(opener.Type, start, end);
        context.Push(opener.Opens);
    }

    public static void Close(LexingContext context, Delimiter closer)
    {
        context.EmitNext(closer.Type, closer.Length);
        context.Pop();
        if (closer.Trim is not { } trim)
        {
            return;
        }
        var text = context.Reader.Text;
        var last = context.Reader.Offset - 1;
        while (last + 1 < text.Length && char.IsWhiteSpace(text[last + 1]))
        {
            last++;
            // Line control eats the spaces after the closer and the end of that line, not the lines after.
            if (trim == TokenType.Whitespace && text[last] == '\n')
            {
                break;
            }
        }
        if (last >= context.Reader.Offset)
        {
            context.EmitThrough(trim, last);
        }
    }
}
