namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>A delimiter found in the text: the token it makes, how many characters it spans, and its whitespace control.</summary>
/// <param name="Trim"><see cref="TokenType.WhitespaceFull"/> for <c>-</c>, <see cref="TokenType.Whitespace"/> for <c>~</c>, none without control.</param>
/// <param name="Opens">For an opening delimiter, the frame it starts.</param>
internal readonly record struct Delimiter(TokenType Type, int Length, TokenType? Trim, LexerFrame Opens = default);
