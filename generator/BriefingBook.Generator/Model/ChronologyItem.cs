using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Model;

/// <summary>One line of a language's chronology: a date, the text in that language and the related articles of that language.</summary>
public sealed record ChronologyItem(PartialDate Date, string Text, IReadOnlyList<Page> Articles, SourceLocation Location);
