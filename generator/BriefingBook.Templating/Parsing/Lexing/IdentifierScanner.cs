namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>
/// Reads names: <c>name</c>, and the special names <c>$</c>, <c>$name</c>, <c>$0</c> and <c>$$</c>. Liquid
/// names may hold dashes (<c>my-var</c>); Liquid has no special names.
/// </summary>
internal static class IdentifierScanner
{
    public static bool IsStart(char c) => c == '_' || char.IsLetter(c);

    public static bool IsPart(char c, bool isLiquid) => c == '_' || char.IsLetterOrDigit(c) || (isLiquid && c == '-');

    public static void Scan(LexingContext context)
    {
        ref var reader = ref context.Reader;
        var start = reader.Position;
        var isSpecial = reader.Current == '$';
        var last = reader.Take();
        if (isSpecial && reader.Current == '$')
        {
            context.Emit(TokenType.IdentifierSpecial, start, reader.Take());
            return;
        }
        while (IsPart(reader.Current, context.IsLiquid))
        {
            last = reader.Take();
        }
        context.Emit(isSpecial ? TokenType.IdentifierSpecial : TokenType.Identifier, start, last);
    }
}
