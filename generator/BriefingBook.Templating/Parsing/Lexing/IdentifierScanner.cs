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
        var isSpecial = context.Reader.Current == '$';
        if (isSpecial && context.Reader.Peek() == '$')
        {
            context.EmitNext(TokenType.IdentifierSpecial, 2);
            return;
        }
        var text = context.Reader.Text;
        var end = context.Reader.Offset + 1;
        while (end < text.Length && IsPart(text[end], context.IsLiquid))
        {
            end++;
        }
        context.EmitThrough(isSpecial ? TokenType.IdentifierSpecial : TokenType.Identifier, end - 1);
    }
}
