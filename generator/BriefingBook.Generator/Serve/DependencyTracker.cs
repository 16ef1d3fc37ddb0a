using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Serve;

/// <summary>
/// Decides what a change of one source file rebuilds, from the book before and after the change (after
/// parsing, before analysis): the edited page, its translations, the pages that link to it or list it;
/// every page when a template, site.yml, the chronology, an entry's name or a page's place in the book changes.
/// </summary>
public static class DependencyTracker
{
    /// <summary>The plan for <paramref name="changed"/> (project-relative paths with <c>/</c>).</summary>
    public static RebuildPlan Plan(Site before, Site after, IReadOnlyCollection<string> changed)
    {
        var annotate = new HashSet<string>(StringComparer.Ordinal);
        var render = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            if (!path.StartsWith("content/", StringComparison.Ordinal) || path == "content/chronology.yml")
            {
                return RebuildPlan.All;
            }
            var oldPage = before.Pages.FirstOrDefault(p => p.SourcePath == path);
            var newPage = after.Pages.FirstOrDefault(p => p.SourcePath == path);
            var oldEntry = before.Entries.FirstOrDefault(e => e.SourcePath == path);
            var newEntry = after.Entries.FirstOrDefault(e => e.SourcePath == path);
            var ok = (oldPage, newPage, oldEntry, newEntry) switch
            {
                ({ } o, { } n, null, null) => PageChanged(before, after, o, n, annotate, render),
                (null, null, { } o, { } n) => EntryChanged(before, o, n, annotate, render),
                (null, null, null, null) => path.EndsWith(".md", StringComparison.Ordinal) is false,
                _ => false,
            };
            if (!ok)
            {
                return RebuildPlan.All;
            }
        }
        return new RebuildPlan(false, annotate, render);
    }

    /// <summary>
    /// Adds the pages built from mentions and index marks (glossary, who's who, back-of-book index) when the
    /// pages annotated again mention other entries or mark other terms than before.
    /// </summary>
    public static RebuildPlan AddMentionDependents(RebuildPlan plan, Site after,
        IReadOnlyDictionary<string, Markdown.AnnotationResult?> previousAnnotations)
    {
        if (plan.Everything)
        {
            return plan;
        }
        var outputs = new List<string>();
        foreach (var page in after.Pages.Where(p => plan.Annotate.Contains(p.SourcePath)))
        {
            previousAnnotations.TryGetValue(page.SourcePath, out var old);
            if (!Analyse.AnnotationMarks.Same(old, page.Annotations))
            {
                outputs.Add($"{page.Language}/book-index.html");
                outputs.Add($"{page.Language}/glossary.html");
                outputs.Add($"{page.Language}/people.html");
            }
        }
        return plan.WithRender(outputs);
    }

    private static bool PageChanged(Site before, Site after, Page old, Page now, HashSet<string> annotate, HashSet<string> render)
    {
        // A page's place in the book (its address, its pairing, its dates, the navigation) shows on every page.
        if (old.Slug != now.Slug || old.TranslationKey != now.TranslationKey || old.Draft != now.Draft || old.Kind != now.Kind
            || old.Date != now.Date || old.Updated != now.Updated
            || (now.Kind != PageKind.Article && old.Title != now.Title))
        {
            return false;
        }
        annotate.Add(now.SourcePath);
        render.Add(now.OutputPath);
        foreach (var other in after.Pages.Where(p => p.Kind == now.Kind && p.TranslationKey == now.TranslationKey && p.Language != now.Language))
        {
            render.Add(other.OutputPath);
        }
        var translated = after.Pages.Where(p => p.Kind == now.Kind && p.TranslationKey == now.TranslationKey).Select(p => p.Language).ToHashSet();
        foreach (var language in after.Config.Languages.Select(l => l.Code).Where(l => !translated.Contains(l)))
        {
            render.Add($"{language}/not-translated/{(now.Kind == PageKind.Article ? "articles" : "pages")}/{now.TranslationKey}.html");
        }
        var outline = old.Title != now.Title || !old.Headings.Select(h => h.Id).SequenceEqual(now.Headings.Select(h => h.Id));
        if (outline)
        {
            foreach (var source in ReferencingSources(before, now.Language, now.Key))
            {
                annotate.Add(source);
            }
        }
        if (now.Kind == PageKind.Article && Listed(old) != Listed(now))
        {
            render.Add($"{now.Language}/index.html");
            render.Add($"{now.Language}/tags/index.html");
            foreach (var tag in old.Tags.Union(now.Tags))
            {
                render.Add($"{now.Language}/tags/{tag}.html");
            }
            foreach (var site in new[] { before, after })
            {
                render.UnionWith(Neighbours(site, now));
            }
            // The index and the entry lists name the pages that mention a term.
            render.UnionWith([$"{now.Language}/book-index.html", $"{now.Language}/glossary.html", $"{now.Language}/people.html"]);
        }
        render.UnionWith(after.Pages.Where(p => annotate.Contains(p.SourcePath)).Select(p => p.OutputPath));
        render.UnionWith(after.Entries.Where(e => annotate.Contains(e.SourcePath)).Select(e => e.OutputPath));
        return true;
    }

    private static bool EntryChanged(Site before, Entry old, Entry now, HashSet<string> annotate, HashSet<string> render)
    {
        // An entry's names decide which words of every page are mentions, in both languages (tooltips name the other language's term).
        if (old.Name != now.Name || old.Expansion != now.Expansion || old.MatchCase != now.MatchCase || !old.Aliases.SequenceEqual(now.Aliases))
        {
            return false;
        }
        annotate.Add(now.SourcePath);
        render.Add(now.OutputPath);
        render.Add($"{now.Language}/book-index.html");
        // The definition shows in the tooltip of every mention.
        foreach (var page in before.Pages.Where(p => p.Language == now.Language && Mentions(p.Annotations, now.Key)))
        {
            annotate.Add(page.SourcePath);
            render.Add(page.OutputPath);
        }
        foreach (var entry in before.Entries.Where(e => e.Language == now.Language && Mentions(e.Annotations, now.Key)))
        {
            annotate.Add(entry.SourcePath);
            render.Add(entry.OutputPath);
        }
        return true;
    }

    private static IEnumerable<string> ReferencingSources(Site site, string language, string key) =>
        site.Pages.Where(p => p.Language == language && References(p.Annotations, key)).Select(p => p.SourcePath)
            .Concat(site.Entries.Where(e => e.Language == language && References(e.Annotations, key)).Select(e => e.SourcePath));

    private static bool References(Markdown.AnnotationResult? result, string key) =>
        result?.CrossReferences.Any(r => r.Key == key) ?? false;

    private static bool Mentions(Markdown.AnnotationResult? result, string key) =>
        result is not null && (result.Mentions.Any(m => m.EntryKey == key) || result.CrossReferences.Any(r => r.Key == key));

    private static IEnumerable<string> Neighbours(Site site, Page page)
    {
        var articles = site.Articles(page.Language).ToList();
        var index = articles.FindIndex(a => a.SourcePath == page.SourcePath);
        return new[] { index - 1, index + 1 }.Where(i => index >= 0 && i >= 0 && i < articles.Count).Select(i => articles[i].OutputPath);
    }

    /// <summary>What lists of articles show of an article.</summary>
    private static string Listed(Page page) =>
        string.Join("\u0001", page.Title, page.Summary, page.Order, string.Join(",", page.Tags), string.Join(",", page.Authors));
}
