namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>
/// Reads comments: <c># ...</c> to the end of the line, <c>## ... ##</c> over lines. Either also ends where the
/// code block closes, so the closer is never part of a comment.
/// </summary>
internal static class CommentScanner
{
    public static void Scan(LexingContext context)
    {
        ref var reader = ref context.Reader;
        var start = reader.Position;
        var last = reader.Take();
        var isMultiLine = reader.Current == '#';
        if (isMultiLine)
        {
            last = reader.Take();
        }
        while (!reader.AtEnd && !context.AtCloser(out _))
        {
            var c = reader.Current;
            if (!isMultiLine && c is '\n' or '\r')
            {
                break;
            }
            last = reader.Take();
            if (isMultiLine && c == '#' && reader.Current == '#')
            {
                last = reader.Take();
                break;
            }
        }
        context.Emit(isMultiLine ? TokenType.CommentMulti : TokenType.Comment, start, last);
    }
}
