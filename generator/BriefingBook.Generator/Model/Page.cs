using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Yaml;

namespace BriefingBook.Generator.Model;

/// <summary>
/// One content file of one language (home, article or standalone page): its front matter, its
/// Markdown and, once parsed, its HTML and headings.
/// </summary>
public sealed class Page
{
    public required PageKind Kind { get; init; }

    public required string Language { get; init; }

    /// <summary>The file name without <c>.md</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The project-relative path of the Markdown file.</summary>
    public required string SourcePath { get; init; }

    public required string Title { get; init; }

    /// <summary>The file name part of the page's URL.</summary>
    public required string Slug { get; init; }

    /// <summary>Pairs the language versions of one article; defaults to <see cref="Key"/>.</summary>
    public required string TranslationKey { get; init; }

    public string? Summary { get; init; }

    public ContentDate? Date { get; init; }

    public ContentDate? Updated { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public int Order { get; init; }

    public bool Draft { get; init; }

    /// <summary>A layout named in front matter, instead of the kind's default.</summary>
    public string? Layout { get; init; }

    /// <summary>Where <see cref="Layout"/> is written, for messages about it.</summary>
    public SourceLocation LayoutLocation { get; init; }

    /// <summary>Whether mentions of entries are linked in this page (<c>link_entries</c>).</summary>
    public bool LinkEntries { get; init; } = true;

    public SourceReference? Source { get; init; }

    public IReadOnlyList<string> KeyPoints { get; init; } = [];

    /// <summary>Front matter keys the generator does not use, for templates (<c>page.params</c>).</summary>
    public IReadOnlyDictionary<string, YamlNode> Params { get; init; } = new Dictionary<string, YamlNode>();

    /// <summary>Where the front matter starts, for messages about the page as a whole.</summary>
    public required SourceLocation Location { get; init; }

    public required string Markdown { get; init; }

    /// <summary>The file line where the Markdown body starts (one-based).</summary>
    public required int BodyLine { get; init; }

    public string Html { get; set; } = "";

    public IReadOnlyList<Heading> Headings { get; set; } = [];

    /// <summary>Mentions, index marks and cross-references found in the text, once annotated.</summary>
    public Markdown.AnnotationResult? Annotations { get; set; }

    /// <summary>The pages that cross-reference this one, each with the paragraph holding the reference, in book order.</summary>
    public IReadOnlyList<IndexLocator> CitedIn { get; set; } = [];

    /// <summary>For an article: the articles sharing the most tags and entries with it, best first.</summary>
    public IReadOnlyList<Page> Related { get; set; } = [];

    /// <summary>Dated events of the chronology written in this page's front matter (<c>events:</c>).</summary>
    public IReadOnlyList<PageEvent> Events { get; init; } = [];

    /// <summary>The output path of the page, relative to the output folder, with <c>/</c>.</summary>
    public string OutputPath => Kind switch
    {
        PageKind.Home => $"{Language}/index.html",
        PageKind.Article => $"{Language}/articles/{Slug}.html",
        _ => $"{Language}/pages/{Slug}.html",
    };
}
