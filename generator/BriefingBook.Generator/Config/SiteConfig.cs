namespace BriefingBook.Generator.Config;

/// <summary>The book's settings, read from site.yml; paths are absolute.</summary>
public sealed record SiteConfig
{
    /// <summary>The folder that holds site.yml: content/ and templates/ are found from it.</summary>
    public required string ProjectRoot { get; init; }

    /// <summary>site.yml's path relative to the project root, as shown in messages.</summary>
    public required string ConfigPath { get; init; }

    /// <summary>The languages in site.yml's order; the first is the default.</summary>
    public required IReadOnlyList<LanguageConfig> Languages { get; init; }

    /// <summary>The absolute URL the site is served from, ending with '/', or null: the site never needs it.</summary>
    public string? BaseUrl { get; init; }

    public required string OutputFolder { get; init; }

    public required string ContentFolder { get; init; }

    /// <summary>Folders searched for templates, in lookup order.</summary>
    public required IReadOnlyList<string> TemplateFolders { get; init; }

    public MarkdownConfig Markdown { get; init; } = new();

    public GlossaryConfig Glossary { get; init; } = new();

    public ChecksConfig Checks { get; init; } = new();

    /// <summary>The PDF edition (<c>pdf:</c>).</summary>
    public PdfConfig Pdf { get; init; } = new();

    /// <summary>Display names of tags by language and slug (<c>tag_names</c>); a tag without one shows its slug.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> TagNames { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    public string TagName(string language, string slug) =>
        TagNames.TryGetValue(language, out var names) && names.TryGetValue(slug, out var name) ? name : slug.Replace('-', ' ');

    public LanguageConfig? FindLanguage(string code) => Languages.FirstOrDefault(l => l.Code == code);
}
