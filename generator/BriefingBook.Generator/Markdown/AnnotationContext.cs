using BriefingBook.Generator.Markdown.Catalog;

namespace BriefingBook.Generator.Markdown;

/// <summary>What the annotation layer needs to know about the one document it is parsing.</summary>
public sealed record AnnotationContext
{
    /// <summary>Resolves cross-references and entry links for the page this document is rendered into.</summary>
    public ICrossReferenceResolver Resolver { get; init; } = MapCrossReferenceResolver.Empty;

    /// <summary>False when the article opts out of automatic linking (front matter <c>link_entries: false</c>).</summary>
    public bool LinkEntries { get; init; } = true;

    /// <summary>The key of the entry this document describes, if any: an entry never links to itself.</summary>
    public string? SelfEntryKey { get; init; }

    /// <summary>The line of the source file where the Markdown body starts (after the front matter), from 1.</summary>
    public int FirstLine { get; init; } = 1;

    /// <summary>Prefix of every id this document creates, for pages that hold more than one document.</summary>
    public string IdPrefix { get; init; } = "";
}
