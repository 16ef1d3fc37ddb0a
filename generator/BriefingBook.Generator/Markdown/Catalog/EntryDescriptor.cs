namespace BriefingBook.Generator.Markdown.Catalog;

/// <summary>
/// One glossary or who's who entry as the annotation layer sees it, in one language: what matches a
/// mention and what its tooltip shows.
/// </summary>
/// <param name="Key">The entry's key (its file name without <c>.md</c>).</param>
/// <param name="Name">The display name in this language; it also counts as a mention.</param>
/// <param name="Aliases">What else counts as a mention in the text.</param>
/// <param name="Definition">The one-line definition the tooltip shows.</param>
public sealed record EntryDescriptor(string Key, string Name, IReadOnlyList<string> Aliases, string Definition)
{
    /// <summary>Optional expansion of an acronym (AUKUS: Australia, United Kingdom, United States).</summary>
    public string? Expansion { get; init; }

    /// <summary>The entry's name in the other language, shown in the tooltip when known.</summary>
    public string? OtherLanguageName { get; init; }

    /// <summary>The language code of <see cref="OtherLanguageName"/>, written as its <c>lang</c> attribute.</summary>
    public string? OtherLanguage { get; init; }

    /// <summary>When true, every alias matches only with its exact case (front matter <c>match_case</c>).</summary>
    public bool MatchCase { get; init; }
}
