using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Model;

/// <summary>A dated event of the chronology, with its text per language and the keys of related articles.</summary>
public sealed class Event
{
    public required PartialDate Date { get; init; }

    /// <summary>The event's text (Markdown, one line) by language code.</summary>
    public required IReadOnlyDictionary<string, string> Text { get; init; }

    public IReadOnlyList<string> Articles { get; init; } = [];

    public required SourceLocation Location { get; init; }

    /// <summary>Where the <c>articles</c> list is written, for messages about its keys.</summary>
    public SourceLocation ArticlesLocation { get; init; }
}
