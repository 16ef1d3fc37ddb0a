using BriefingBook.Generator.Markdown;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>
/// The pages and entries, by source path, that a live rebuild annotates again, and what they held before.
/// When they give the whole-book analyses (back-of-book index, citations, related articles) the same material
/// as before, the previous build's results still hold and are carried over instead of worked out again.
/// </summary>
public sealed class AnnotationScope
{
    private readonly HashSet<string> _paths;
    private readonly Site? _previous;
    private readonly Dictionary<string, Before> _before;

    public AnnotationScope(IEnumerable<string> sourcePaths, Site? previous = null)
    {
        _paths = new HashSet<string>(sourcePaths, StringComparer.Ordinal);
        _previous = previous;
        // Taken now: annotating again changes a page that was not parsed again in place.
        _before = (previous?.Pages ?? []).Where(p => _paths.Contains(p.SourcePath))
            .ToDictionary(p => p.SourcePath, p => new Before(p, p.Annotations, p.Title, p.OutputPath), StringComparer.Ordinal);
    }

    public bool Includes(string sourcePath) => _paths.Contains(sourcePath);

    /// <summary>
    /// Gives <paramref name="site"/> the previous build's index, citations and related articles, naming the pages
    /// parsed again instead of their earlier selves, when the pages annotated again change none of them; false
    /// (and nothing given) when they must be built again.
    /// </summary>
    public bool CarryOver(Site site)
    {
        if (_previous is null || site.Entries.Any(e => _paths.Contains(e.SourcePath)))
        {
            return false;
        }
        var replaced = new Dictionary<Page, Page>(ReferenceEqualityComparer.Instance);
        var scoped = 0;
        foreach (var page in site.Pages.Where(p => _paths.Contains(p.SourcePath)))
        {
            scoped++;
            if (!_before.TryGetValue(page.SourcePath, out var old) || !SameMaterial(old, page))
            {
                return false;
            }
            if (!ReferenceEquals(old.Page, page))
            {
                replaced[old.Page] = page;
            }
        }
        if (scoped != _before.Count)
        {
            return false;
        }
        foreach (var (language, headings) in _previous.Index)
        {
            site.Index[language] = headings.Select(h => Substitute(h, replaced)).ToList();
        }
        var earlier = new Dictionary<Page, Page>(ReferenceEqualityComparer.Instance);
        foreach (var (old, now) in replaced)
        {
            earlier[now] = old;
        }
        foreach (var page in site.Pages)
        {
            var from = earlier.GetValueOrDefault(page) is Page old ? old : page;
            if (!ReferenceEquals(from, page) || from.CitedIn.Any(l => replaced.ContainsKey(l.Page)))
            {
                page.CitedIn = from.CitedIn.Select(l => Substitute(l, replaced)).ToList();
            }
            if (!ReferenceEquals(from, page) || from.Related.Any(replaced.ContainsKey))
            {
                page.Related = from.Related.Select(r => replaced.GetValueOrDefault(r) ?? r).ToList();
            }
        }
        return true;
    }

    /// <summary>Whether a page gives the index, the citations and the related articles what it gave them before.</summary>
    private static bool SameMaterial(Before old, Page now) =>
        old.Title == now.Title && old.OutputPath == now.OutputPath && old.Page.Kind == now.Kind && old.Page.Order == now.Order
        && old.Page.Language == now.Language && old.Page.TranslationKey == now.TranslationKey && old.Page.Tags.SequenceEqual(now.Tags)
        && AnnotationMarks.Same(old.Annotations, now.Annotations)
        && CrossReferences(old.Annotations).SequenceEqual(CrossReferences(now.Annotations));

    private static IEnumerable<(string Key, string? Anchor, bool Resolved)> CrossReferences(AnnotationResult? result) =>
        (result?.CrossReferences ?? []).Select(r => (r.Key, r.Anchor, r.IsResolved));

    private static IndexEntry Substitute(IndexEntry heading, Dictionary<Page, Page> replaced)
    {
        var copy = new IndexEntry(heading.Term, heading.Id) { Entry = heading.Entry };
        copy.Locators.AddRange(heading.Locators.Select(l => Substitute(l, replaced)));
        foreach (var (key, sub) in heading.SubEntries)
        {
            copy.SubEntries.Add(key, Substitute(sub, replaced));
        }
        copy.See.UnionWith(heading.See);
        copy.SeeAlso.UnionWith(heading.SeeAlso);
        return copy;
    }

    private static IndexLocator Substitute(IndexLocator locator, Dictionary<Page, Page> replaced) =>
        replaced.GetValueOrDefault(locator.Page) is Page now ? locator with { Page = now } : locator;

    private sealed record Before(Page Page, AnnotationResult? Annotations, string Title, string OutputPath);
}
