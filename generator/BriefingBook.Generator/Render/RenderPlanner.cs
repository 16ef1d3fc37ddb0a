using BriefingBook.Generator.Model;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Generator.Render;

/// <summary>
/// Lists every page of the output, per language: home, articles, standalone pages, tags, 404, the
/// "not translated yet" pages a language switch may lead to, and the root page offering the languages.
/// </summary>
public sealed class RenderPlanner(Site site, TemplateModelBuilder models)
{
    private IReadOnlyList<string> Languages => site.Config.Languages.Select(l => l.Code).ToList();

    public List<RenderJob> Plan()
    {
        var jobs = new List<RenderJob>();
        var config = new Diagnostics.SourceLocation(site.Config.ConfigPath);
        // The root page, which offers the languages, is the home pages' alternate for readers of any other language.
        var homes = Languages.ToDictionary(l => l, l => $"{l}/index.html");
        homes["x-default"] = "index.html";
        foreach (var language in Languages)
        {
            var home = site.Home(language);
            jobs.Add(new RenderJob($"{language}/index.html", language, "layouts/home.html", home?.Location ?? config,
                _ => home is not null ? models.PageModel(home, "home", SimpleSwitch(language, $"{language}/index.html", "index.html"))
                    : Generated(language, "home", null, $"{language}/index.html", "index.html"),
                homes, true));
            foreach (var set in site.Translations)
            {
                if (set.For(language) is { } page)
                {
                    jobs.Add(ContentJob(page, set));
                }
                else
                {
                    jobs.Add(NotTranslatedJob(language, set));
                }
            }
            var tagsIndexes = Languages.ToDictionary(l => l, l => $"{l}/tags/index.html");
            jobs.Add(new RenderJob($"{language}/tags/index.html", language, "layouts/tags.html", config,
                _ => Generated(language, "tags", null, $"{language}/tags/index.html", "tags/index.html"), tagsIndexes, true));
            foreach (var tag in site.Tags.Where(t => t.Language == language))
            {
                jobs.Add(new RenderJob(tag.OutputPath, language, "layouts/tag.html", config, _ =>
                {
                    var model = Generated(language, "tag", site.Config.TagName(language, tag.Slug), tag.OutputPath, "tags/index.html");
                    model.SetValue("tag", models.TagSummary(tag, tag.OutputPath), true);
                    model.SetValue("articles", new ScriptArray(tag.Pages.Select(p => (object?)models.ArticleSummary(p, tag.OutputPath))), true);
                    return model;
                }, new Dictionary<string, string> { [language] = tag.OutputPath }, true));
            }
            foreach (var kind in new[] { EntryKind.Glossary, EntryKind.Person })
            {
                jobs.AddRange(EntriesJob(language, kind));
            }
            if (site.Index.Values.Any(i => i.Count > 0))
            {
                var indexes = Languages.ToDictionary(l => l, l => $"{l}/book-index.html");
                jobs.Add(new RenderJob($"{language}/book-index.html", language, "layouts/book-index.html", config, _ =>
                {
                    var model = Generated(language, "book_index", null, $"{language}/book-index.html", "book-index.html");
                    var headings = site.Index.GetValueOrDefault(language, []);
                    model.SetValue("terms", new ScriptArray(headings.Select(e => (object?)models.IndexEntryModel(e, language, $"{language}/book-index.html"))), true);
                    model.SetValue("groups", models.LetterGroups(language, headings, h => h.Entry?.SortAs ?? h.Term,
                        h => models.IndexEntryModel(h, language, $"{language}/book-index.html")), true);
                    return model;
                }, indexes, true));
            }
            if (site.Chronology.Values.Any(c => c.Count > 0))
            {
                var chronology = Languages.ToDictionary(l => l, l => $"{l}/chronology.html");
                jobs.Add(new RenderJob($"{language}/chronology.html", language, "layouts/chronology.html", config, _ =>
                {
                    var model = Generated(language, "chronology", null, $"{language}/chronology.html", "chronology.html");
                    var items = site.Chronology.GetValueOrDefault(language, []);
                    model.SetValue("events", new ScriptArray(items.Select((e, i) => (object?)models.ChronologyItemModel(e, i + 1, language, $"{language}/chronology.html"))), true);
                    model.SetValue("timeline", models.Timeline(language, items), true);
                    return model;
                }, chronology, true));
            }
            jobs.Add(new RenderJob($"{language}/404.html", language, "layouts/404.html", config,
                _ => Generated(language, "404", null, $"{language}/404.html", "404.html"), new Dictionary<string, string>(), false));
        }
        jobs.Add(new RenderJob("index.html", Languages[0], "layouts/root.html", config,
            _ => Generated(Languages[0], "root", null, "index.html", null), homes, false));
        return jobs.OrderBy(j => j.OutputPath, StringComparer.Ordinal).ToList();
    }

    private RenderJob ContentJob(Page page, TranslationSet set)
    {
        var kind = page.Kind == PageKind.Article ? "article" : "page";
        var alternates = set.Pages.ToDictionary(p => p.Key, p => p.Value.OutputPath);
        var layout = $"layouts/{page.Layout ?? kind}.html";
        var at = page.Layout is not null ? page.LayoutLocation : page.Location;
        return new RenderJob(page.OutputPath, page.Language, layout, at, _ =>
        {
            var translations = Languages.Where(l => l != page.Language).Select(l => set.For(l) is { } other
                ? models.Translation(l, page.OutputPath, other.OutputPath, true, other.Title,
                    page.Headings.Select(h => h.Id).Intersect(other.Headings.Select(h => h.Id), StringComparer.Ordinal))
                : models.Translation(l, page.OutputPath, NotTranslatedPath(l, set), false, null, [])).ToList();
            var model = models.PageModel(page, kind, translations);
            models.AddBacklinks(model, page);
            return model;
        }, alternates, true);
    }

    private RenderJob NotTranslatedJob(string language, TranslationSet set)
    {
        var path = NotTranslatedPath(language, set);
        var config = new Diagnostics.SourceLocation(site.Config.ConfigPath);
        return new RenderJob(path, language, "layouts/not-translated.html", config, _ =>
        {
            var existing = Languages.Select(set.For).OfType<Page>().ToList();
            var model = Generated(language, "not_translated", null, path, null);
            model.SetValue("originals", new ScriptArray(existing.Select(p => (object?)models.Translation(p.Language, path, p.OutputPath, true, p.Title, []))), true);
            model.SetValue("translations", new ScriptArray(existing.Select(p => (object?)models.Translation(p.Language, path, p.OutputPath, true, p.Title, []))), true);
            return model;
        }, new Dictionary<string, string>(), false);
    }

    private IEnumerable<RenderJob> EntriesJob(string language, EntryKind kind)
    {
        var entries = models.SortedEntries(language, kind);
        if (entries.Count == 0)
        {
            yield break;
        }
        var path = entries[0].OutputPath;
        var name = kind == EntryKind.Person ? "people" : "glossary";
        var alternates = Languages.Where(l => site.Entries.Any(e => e.Language == l && e.Kind == kind))
            .ToDictionary(l => l, l => $"{l}/{name}.html");
        yield return new RenderJob(path, language, "layouts/entries.html", new Diagnostics.SourceLocation(site.Config.ConfigPath), _ =>
        {
            var model = Generated(language, name, null, path, null);
            model.SetValue("translations", new ScriptArray(alternates.Keys.Where(l => l != language)
                .Select(l => (object?)models.Translation(l, path, alternates[l], true, null, entries.Select(e => e.Key)))), true);
            model.SetValue("entries", new ScriptArray(entries.Select(e => (object?)models.EntryModel(e, path))), true);
            model.SetValue("groups", models.LetterGroups(language, entries, e => e.SortAs ?? e.Name, e => models.EntryModel(e, path)), true);
            return model;
        }, alternates, true);
    }

    public static string NotTranslatedPath(string language, TranslationSet set) =>
        $"{language}/not-translated/{(set.Kind == PageKind.Article ? "articles" : "pages")}/{set.Key}.html";

    /// <summary>The page model of a page the generator makes (home without home.md, tags, 404...): its switch leads to the same page in each language.</summary>
    private ScriptObject Generated(string language, string kind, string? title, string path, string? counterpart)
    {
        var model = TemplateModelBuilder.Obj(
            ("kind", kind),
            ("lang", language),
            ("title", TemplateModelBuilder.Text(language, title)),
            ("content", ""),
            ("url", RelativeUrl.From(path, path)),
            ("path", path));
        model.SetValue("translations", new ScriptArray(counterpart is null ? [] : SimpleSwitch(language, path, counterpart)), true);
        return model;
    }

    private List<ScriptObject> SimpleSwitch(string language, string from, string relativeInLanguage) =>
        Languages.Where(l => l != language).Select(l => models.Translation(l, from, $"{l}/{relativeInLanguage}", true, null, [])).ToList();
}
