namespace BriefingBook.Templating.Parsing;

/// <summary>One token: its kind and the positions of its first and last characters (both inclusive).</summary>
public readonly record struct Token(TokenType Type, TextPosition Start, TextPosition End)
{
    public static readonly Token Eof = new(TokenType.Eof, TextPosition.Start, TextPosition.Start);

    /// <summary>The token's text in <paramref name="source"/>.</summary>
    public string GetText(string source)
    {
        if (Type == TokenType.Eof)
        {
            return "<EOF>";
        }
        var length = End.Offset - Start.Offset + 1;
        if (Start.Offset < 0 || length <= 0 || Start.Offset + length > source.Length)
        {
            return string.Empty;
        }
        return source.Substring(Start.Offset, length);
    }

    /// <summary>Whether the token's text is exactly <paramref name="text"/>.</summary>
    public bool Matches(string text, string source) =>
        End.Offset - Start.Offset + 1 == text.Length && string.CompareOrdinal(source, Start.Offset, text, 0, text.Length) == 0;
}
