namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>How a stretch of string text ended.</summary>
internal enum StringBodyEnd
{
    /// <summary>At the closing quote, which was read.</summary>
    Quote,

    /// <summary>At the <c>{</c> of an interpolation hole, which was left unread.</summary>
    Hole,

    /// <summary>At an error, which was reported.</summary>
    Failed,
}
