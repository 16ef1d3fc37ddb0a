namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>
/// Reads template text up to the next code or escape block, giving the whitespace that the opener's control
/// trims its own token, and the verbatim content of escape blocks.
/// </summary>
internal static class TextScanner
{
    public static void ScanText(LexingContext context)
    {
        var text = context.Reader.Text;
        var start = context.Reader.Offset;
        if (Delimiters.TryMatchOpener(text, start, context.IsLiquid, out var opener))
        {
            DelimiterScanner.Open(context, opener);
            return;
        }

        var stop = start;
        var found = false;
        while (!found)
        {
            var brace = text.IndexOf('{', stop + 1);
            if (brace < 0)
            {
                stop = text.Length;
                break;
            }
            stop = brace;
            found = Delimiters.TryMatchOpener(text, brace, context.IsLiquid, out opener);
        }

        if (!found || opener.Trim is not { } trim)
        {
            context.EmitThrough(TokenType.Raw, stop - 1);
            return;
        }
        var trimmedFrom = stop;
        while (trimmedFrom > start && Delimiters.Trims(trim, text[trimmedFrom - 1]))
        {
            trimmedFrom--;
        }
        if (trimmedFrom > start)
        {
            context.EmitThrough(TokenType.Raw, trimmedFrom - 1);
        }
        if (trimmedFrom < stop)
        {
            context.EmitThrough(trim, stop - 1);
        }
    }

    public static void ScanEscape(LexingContext context)
    {
        if (context.AtCloser(out var closer))
        {
            DelimiterScanner.Close(context, closer);
            return;
        }
        var text = context.Reader.Text;
        var stop = context.Reader.Offset + 1;
        while (stop < text.Length && !Delimiters.TryMatchCloser(text, stop, context.Top, context.IsLiquid, out _))
        {
            stop++;
        }
        context.EmitThrough(TokenType.Escape, stop - 1);
    }
}
