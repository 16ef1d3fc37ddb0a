namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>Skips spaces, then reads one token of code, handing each token family to its scanner.</summary>
internal static class CodeScanner
{
    public static void Scan(LexingContext context)
    {
        ref var reader = ref context.Reader;
        while (reader.Current is not ('\n' or '\r') && char.IsWhiteSpace(reader.Current))
        {
            reader.Advance();
        }
        if (reader.AtEnd)
        {
            return;
        }
        if (context.AtCloser(out var closer))
        {
            DelimiterScanner.Close(context, closer);
            return;
        }
        var c = reader.Current;
        switch (c)
        {
            case '\n' or '\r':
                ScanNewLine(context);
                return;
            case '{':
                context.EmitNext(TokenType.OpenBrace, 1);
                context.Push(LexerFrame.Brace);
                return;
            case '}':
                ScanCloseBrace(context);
                return;
            case '#':
                CommentScanner.Scan(context);
                return;
            case '"' or '\'':
                StringScanner.ScanQuoted(context);
                return;
            case '`':
                StringScanner.ScanVerbatim(context);
                return;
            case '$' when !context.IsLiquid:
                if (reader.Peek() is '"' or '\'')
                {
                    InterpolationScanner.ScanStart(context);
                }
                else
                {
                    IdentifierScanner.Scan(context);
                }
                return;
        }
        if (IdentifierScanner.IsStart(c))
        {
            IdentifierScanner.Scan(context);
        }
        else if (char.IsDigit(c))
        {
            NumberScanner.Scan(context);
        }
        else if (!PunctuationScanner.TryScan(context))
        {
            context.EmitNext(TokenType.Invalid, 1);
        }
    }

    /// <summary>One token for a line break, then the blank lines and indentation after it, which mean nothing in code.</summary>
    private static void ScanNewLine(LexingContext context)
    {
        ref var reader = ref context.Reader;
        context.EmitNext(TokenType.NewLine, reader.Current == '\r' && reader.Peek() == '\n' ? 2 : 1);
        while (char.IsWhiteSpace(reader.Current))
        {
            reader.Advance();
        }
    }

    private static void ScanCloseBrace(LexingContext context)
    {
        var top = context.Top;
        switch (top.Mode)
        {
            case LexerMode.Brace:
                context.EmitNext(TokenType.CloseBrace, 1);
                context.Pop();
                break;
            case LexerMode.Hole:
                context.EmitNext(TokenType.CloseInterpolatedBrace, 1);
                context.ReplaceTop(LexerFrame.InterpolatedText(top.Mark));
                break;
            default:
                var position = context.Reader.Position;
                context.Report("Unexpected } while no matching {", position, position);
                context.EmitNext(TokenType.CloseBrace, 1);
                break;
        }
    }
}
