using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Model;

/// <summary>A glossary or who's who entry in one language, read from <c>content/LANG/glossary|people/KEY.md</c>.</summary>
public sealed class Entry
{
    public required EntryKind Kind { get; init; }

    public required string Language { get; init; }

    public required string Key { get; init; }

    public required string SourcePath { get; init; }

    public required SourceLocation Location { get; init; }

    public required string Name { get; init; }

    public string? Expansion { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public required string Definition { get; init; }

    public string? Category { get; init; }

    public IReadOnlyList<string> SeeAlso { get; init; } = [];

    /// <summary>Where each <see cref="SeeAlso"/> key is written, for messages.</summary>
    public IReadOnlyList<SourceLocation> SeeAlsoLocations { get; init; } = [];

    public string? SortAs { get; init; }

    /// <summary>The heading of the entry in the back-of-book index, when it differs from the name (<c>Camp David (sommet de)</c>).</summary>
    public string? IndexAs { get; init; }

    /// <summary>
    /// How the back-of-book index prints the entry: <see cref="IndexAs"/>; else, for a person, the name as filed
    /// (<see cref="SortAs"/>: <c>Biden, Joe</c>, <c>Kishida Fumio</c>); else the name.
    /// </summary>
    public string IndexName => IndexAs ?? (Kind == EntryKind.Person ? SortAs : null) ?? Name;

    public bool MatchCase { get; init; }

    public required string Markdown { get; init; }

    public required int BodyLine { get; init; }

    public string Html { get; set; } = "";

    /// <summary>Mentions, index marks and cross-references found in the text, once annotated.</summary>
    public Markdown.AnnotationResult? Annotations { get; set; }

    /// <summary>The page listing the entry; the entry's anchor on it is its key.</summary>
    public string OutputPath => Kind == EntryKind.Person ? $"{Language}/people.html" : $"{Language}/glossary.html";
}
