using System.Globalization;
using System.Text;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Render;
using BriefingBook.Generator.Write;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Generator.Print;

/// <summary>
/// Builds one language's print edition, <c>LANG/print.html</c>: the model the print layout sees (cover, articles in
/// book order with their print HTML, glossary, who's who, chronology, index with page references), rendered by
/// <c>layouts/print.html</c> with the print stylesheet inlined, so the file is a whole offline edition by itself.
/// </summary>
public sealed class PrintEditionBuilder(Site site, TemplateModelBuilder models, TemplateRenderer renderer, TemplateLookup lookup)
{
    public const string Layout = "layouts/print.html";
    public const string Stylesheet = "print/print.css";

    public static string PrintPath(string language) => $"{language}/print.html";

    /// <summary>The edition, or null when the language has no articles or it failed (reported); <paramref name="cancel"/> stops it between articles.</summary>
    public OutputFile? Build(string language, DiagnosticBag diagnostics, CancellationToken cancel = default)
    {
        var config = new SourceLocation(site.Config.ConfigPath);
        if (!site.Articles(language).Any())
        {
            return null;
        }
        var css = lookup.Find(Stylesheet, language) is { } cssPath ? File.ReadAllText(cssPath) : null;
        if (css is null)
        {
            diagnostics.Error(RenderDiagnosticIds.TemplateNotFound, config, $"the print stylesheet '{Stylesheet}' was not found",
                $"looked for {string.Join(", ", lookup.Searched(Stylesheet, language))}");
            return null;
        }
        var path = PrintPath(language);
        var page = TemplateModelBuilder.Obj(("kind", "print"), ("lang", language), ("title", null), ("content", ""),
            ("url", "print.html"), ("path", path), ("translations", new ScriptArray()));
        var globals = models.Globals(language, path, page, new Dictionary<string, string>());
        globals.SetValue("book", Book(language, css, cancel), true);
        var html = renderer.Render(Layout, language, [globals], config, path, diagnostics);
        if (html is null)
        {
            return null;
        }
        var checkedHtml = PrintDocumentCheck.Run(html, path, config, diagnostics);
        return OutputFile.Text(path, checkedHtml);
    }

    private ScriptObject Book(string language, string css, CancellationToken cancel)
    {
        var map = new PrintLinkMap(site, language);
        var articles = site.Articles(language).ToList();
        var marks = new Dictionary<Page, PrintHtmlRewriter>();
        var chapters = new ScriptArray();
        foreach (var (article, number) in articles.Select((a, i) => (a, i + 1)))
        {
            cancel.ThrowIfCancellationRequested();
            var prefix = PrintLinkMap.PrefixOf(article);
            var textCulture = site.Config.FindLanguage(language)?.Culture;
            var rewriter = new PrintHtmlRewriter(map, article.OutputPath, PrintPath(language), prefix, Mentions(article), textCulture);
            var content = rewriter.Rewrite(article.Html);
            marks[article] = rewriter;
            var model = models.PageModel(article, "article", []);
            model.SetValue("id", prefix, true);
            model.SetValue("number", number, true);
            model.SetValue("content", content, true);
            model.SetValue("heading", PrintTitle.KeepLastWordsTogether(TemplateModelBuilder.Text(language, article.Title)!), true);
            model.SetValue("running_head", TemplateModelBuilder.Text(language, RunningHead(article.Title)), true);
            model.SetValue("sections", new ScriptArray(article.Headings.Where(h => h.Level == 2)
                .Select(h => (object?)TemplateModelBuilder.Obj(("id", $"{prefix}--{h.Id}"), ("text", HtmlText.Escape(h.Text))))), true);
            chapters.Add(model);
        }
        var authors = articles.SelectMany(a => a.Authors).Distinct(StringComparer.Ordinal).ToList();
        var keywords = site.Tags.Where(t => t.Language == language).Select(t => site.Config.TagName(language, t.Slug))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var edition = site.Pages.Where(p => p.Kind == PageKind.Article && p.Language == language)
            .Select(p => p.Updated ?? p.Date).Where(d => d is not null).Max();
        var culture = site.Config.FindLanguage(language)?.Culture ?? CultureInfo.InvariantCulture;
        var title = site.Config.FindLanguage(language)!.Title;
        return TemplateModelBuilder.Obj(
            ("stylesheet", css),
            ("heading", PrintTitle.KeepLastWordsTogether(TemplateModelBuilder.Text(language, title)!)),
            ("authors", new ScriptArray(authors.Select(a => (object?)TemplateModelBuilder.Text(language, a)))),
            ("keywords", HtmlText.Escape(string.Join(", ", keywords))),
            ("edition", edition is { } e ? TemplateModelBuilder.Obj(
                ("iso", e.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("month", HtmlText.Escape(MonthYear(e.Day, culture)))) : null),
            ("articles", chapters),
            ("glossary", Entries(language, EntryKind.Glossary, PrintLinkMap.Glossary, map)),
            ("people", Entries(language, EntryKind.Person, PrintLinkMap.People, map)),
            ("events", new ScriptArray((site.Chronology.GetValueOrDefault(language) ?? []).Select((item, i) => (object?)Event(item, i + 1, language)))),
            ("index", new PrintIndexModel(site, language, marks).Letters()));
    }

    /// <summary>The index's mentions of entries in the article, each with the forms it may be written in.</summary>
    private List<PrintMention> Mentions(Page article) =>
        [.. site.Index.GetValueOrDefault(article.Language, [])
            .Where(h => h.Entry is not null)
            .SelectMany(h => h.Locators.Where(l => ReferenceEquals(l.Page, article) && l.Anchor is not null)
                .Select(l => new PrintMention(l.Anchor!, h.Entry!.Key, [h.Entry.Name, .. h.Entry.Aliases])))];

    /// <summary>"Mars 2025": the edition date as a cover prints it.</summary>
    private static string MonthYear(DateOnly day, CultureInfo culture)
    {
        var text = day.ToString("MMMM yyyy", culture);
        return char.ToUpper(text[0], culture) + text[1..];
    }

    /// <summary>The part of a title before its colon: the short title running heads use.</summary>
    private static string RunningHead(string title)
    {
        var colon = title.IndexOf(" :", StringComparison.Ordinal) is var french and > 0 ? french : title.IndexOf(':');
        return colon > 0 ? title[..colon].TrimEnd('\u00A0', '\u202F', ' ') : title;
    }

    private ScriptArray Entries(string language, EntryKind kind, string prefix, PrintLinkMap map)
    {
        var result = new ScriptArray();
        foreach (var entry in models.SortedEntries(language, kind))
        {
            var model = models.EntryModel(entry, entry.OutputPath);
            model.SetValue("id", $"{prefix}--{entry.Key}", true);
            var heading = PrintEntryHeading.Of(entry.Name, entry.Expansion, entry.Aliases);
            model.SetValue("expansion", TemplateModelBuilder.Text(language, heading.Expansion), true);
            model.SetValue("expansion_inline", heading.ExpansionInline, true);
            model.SetValue("aliases", new ScriptArray(heading.Aliases.Select(a => (object?)TemplateModelBuilder.Text(language, a))), true);
            model.SetValue("content", new PrintHtmlRewriter(map, entry.OutputPath, PrintPath(language), $"{prefix}--{entry.Key}").Rewrite(entry.Html), true);
            model.SetValue("see_also", new ScriptArray(entry.SeeAlso
                .Select(k => site.Entries.FirstOrDefault(e => e.Key == k && e.Language == language))
                .OfType<Entry>()
                .Select(e => (object?)TemplateModelBuilder.Obj(("name", TemplateModelBuilder.Text(language, e.Name)),
                    ("id", EntryId(e))))), true);
            result.Add(model);
        }
        return result;
    }

    private static string EntryId(Entry entry) =>
        (entry.Kind == EntryKind.Person ? PrintLinkMap.People : PrintLinkMap.Glossary) + "--" + entry.Key;

    private ScriptObject Event(ChronologyItem item, int rank, string language)
    {
        var model = models.ChronologyItemModel(item, rank, language, PrintPath(language));
        model.SetValue("articles", new ScriptArray(item.Articles
            .Select(p => (object?)TemplateModelBuilder.Obj(("title", TemplateModelBuilder.Text(language, p.Title)), ("id", PrintLinkMap.PrefixOf(p))))), true);
        return model;
    }
}
