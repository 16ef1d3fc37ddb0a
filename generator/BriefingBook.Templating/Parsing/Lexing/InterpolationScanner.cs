namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>
/// Reads interpolated strings <c>$"text {expression} text"</c>: the text parts here, the code of each hole by the
/// code scanner under a <see cref="LexerMode.Hole"/> frame.
/// </summary>
internal static class InterpolationScanner
{
    public static void ScanStart(LexingContext context)
    {
        ref var reader = ref context.Reader;
        var start = reader.Position;
        reader.Advance();
        var quote = reader.Current;
        var last = reader.Take();
        switch (StringScanner.ScanBody(context, quote, allowHoles: true, ref last))
        {
            case StringBodyEnd.Quote:
                context.Emit(TokenType.InterpolatedString, start, last);
                break;
            case StringBodyEnd.Hole:
                context.Emit(TokenType.BeginInterpolatedString, start, last);
                context.Push(LexerFrame.Hole(quote));
                OpenHole(context);
                break;
        }
    }

    /// <summary>Reads the text after a hole, up to the next hole or the end of the string.</summary>
    public static void ScanText(LexingContext context)
    {
        var quote = context.Top.Mark;
        var start = context.Reader.Position;
        var last = context.Reader.JustBefore;
        switch (StringScanner.ScanBody(context, quote, allowHoles: true, ref last))
        {
            case StringBodyEnd.Quote:
                context.Emit(TokenType.EndingInterpolatedString, start, last);
                context.Pop();
                break;
            case StringBodyEnd.Hole:
                context.Emit(TokenType.ContinuationInterpolatedString, start, last);
                context.ReplaceTop(LexerFrame.Hole(quote));
                OpenHole(context);
                break;
        }
    }

    private static void OpenHole(LexingContext context) => context.EmitNext(TokenType.OpenInterpolatedBrace, 1);
}
