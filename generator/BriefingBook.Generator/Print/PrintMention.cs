namespace BriefingBook.Generator.Print;

/// <summary>
/// A mention of an entry the index cites in a paragraph where the site shows no link: the print edition looks
/// for one of <paramref name="Forms"/> (name and aliases) in that paragraph and marks it, so the page cited is the
/// page where the words are, not where the paragraph starts.
/// </summary>
public sealed record PrintMention(string Paragraph, string EntryKey, IReadOnlyList<string> Forms);
