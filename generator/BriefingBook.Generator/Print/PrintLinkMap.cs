using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Print;

/// <summary>
/// Where each page of one language's site lies in its print document: the prefix of its ids. A link to a
/// site page becomes a link to that prefix (<c>articles/x.html#s</c> gives <c>#x--s</c>); pages the print
/// edition leaves out have no prefix.
/// </summary>
public sealed class PrintLinkMap
{
    public const string Glossary = "glossary";
    public const string People = "people";
    public const string Chronology = "chronology";
    public const string Index = "index";

    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);

    public PrintLinkMap(Site site, string language)
    {
        foreach (var article in site.Articles(language))
        {
            _prefixes[article.OutputPath] = PrefixOf(article);
        }
        _prefixes[$"{language}/glossary.html"] = Glossary;
        _prefixes[$"{language}/people.html"] = People;
        _prefixes[$"{language}/chronology.html"] = Chronology;
        _prefixes[$"{language}/book-index.html"] = Index;
    }

    /// <summary>The id prefix of an article: its translation key, which every language shares and slugs cannot clash with.</summary>
    public static string PrefixOf(Page article) => "a-" + article.TranslationKey;

    /// <summary>The print id a site path (relative to the output root) with an optional fragment leads to, or null.</summary>
    public string? IdFor(string path, string? fragment)
    {
        if (!_prefixes.TryGetValue(path, out var prefix))
        {
            return null;
        }
        return string.IsNullOrEmpty(fragment) ? prefix : $"{prefix}--{fragment}";
    }

    /// <summary>Resolves <paramref name="href"/> written in the page at <paramref name="from"/> to an output-root path, or null when it leaves the output.</summary>
    public static string? Resolve(string from, string href)
    {
        var parts = new List<string>(from.Split('/')[..^1]);
        foreach (var segment in href.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }
            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(Uri.UnescapeDataString(segment));
        }
        return string.Join('/', parts);
    }
}
