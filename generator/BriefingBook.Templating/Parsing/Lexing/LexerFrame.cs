namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>One entry of the lexer's mode stack: a mode and what ends it.</summary>
/// <param name="Mark">
/// For code and escape blocks, the character that starts the closing delimiter (<c>}</c> or <c>%</c>; none when
/// the block has no closing delimiter); for interpolated strings, the quote.
/// </param>
/// <param name="Percents">For escape blocks, the number of <c>%</c> between the braces of the delimiters.</param>
internal readonly record struct LexerFrame(LexerMode Mode, char Mark = '\0', int Percents = 0)
{
    public static readonly LexerFrame Text = new(LexerMode.Text);

    /// <summary>Script-only code: no delimiter ends it.</summary>
    public static readonly LexerFrame Script = new(LexerMode.Code);

    public static readonly LexerFrame Brace = new(LexerMode.Brace);

    public static LexerFrame Code(char closingMark) => new(LexerMode.Code, closingMark);

    public static LexerFrame Escape(int percents) => new(LexerMode.Escape, '}', percents);

    public static LexerFrame Hole(char quote) => new(LexerMode.Hole, quote);

    public static LexerFrame InterpolatedText(char quote) => new(LexerMode.InterpolatedText, quote);

    /// <summary>Whether a closing delimiter can end this frame.</summary>
    public bool IsClosable => (Mode is LexerMode.Code or LexerMode.Escape) && Mark != '\0';
}
