using System.Globalization;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Parse;
using BriefingBook.Generator.Yaml;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Generator.Render;

/// <summary>
/// Builds what templates see. Every text that comes from site.yml, front matter or the interface
/// texts is HTML-escaped here, so a template cannot forget to; Markdown rendered to HTML is given as is.
/// Links are relative to the page being rendered.
/// </summary>
public sealed partial class TemplateModelBuilder(Site site, UiStrings strings, ArticleSummaryCache? summaries = null)
{
    private readonly ArticleSummaryCache _summaries = summaries ?? new ArticleSummaryCache();

    private SiteConfig Config => site.Config;

    /// <summary>The globals every page has: <c>lang</c>, <c>root</c>, <c>lang_root</c>, <c>t</c>, <c>site</c>, <c>page</c>, <c>alternates</c>.</summary>
    public ScriptObject Globals(string language, string outputPath, ScriptObject page, IReadOnlyDictionary<string, string> alternates)
    {
        var globals = new ScriptObject();
        globals.SetValue("lang", language, true);
        globals.SetValue("root", RelativeUrl.Root(outputPath), true);
        globals.SetValue("lang_root", RelativeUrl.From(outputPath, $"{language}/index.html")[..^"index.html".Length], true);
        globals.SetValue("t", UiTexts(language), true);
        globals.SetValue("site", SiteModel(language, outputPath), true);
        globals.SetValue("page", page, true);
        globals.SetValue("alternates", new ScriptArray(alternates.OrderBy(a => Config.Languages.ToList().FindIndex(l => l.Code == a.Key))
            .Select(a => (object?)Obj(("lang", a.Key), ("url", RelativeUrl.From(outputPath, a.Value))))), true);
        globals.SetValue("articles", new ScriptArray(site.Articles(language).Select(a => (object?)_summaries.Get(a, outputPath, ArticleSummary))), true);
        globals.SetValue("pages", new ScriptArray(site.Pages.Where(p => p.Kind == PageKind.Standalone && p.Language == language)
            .OrderBy(p => p.Order).ThenBy(p => p.Title, StringComparer.Ordinal).Select(p => (object?)ArticleSummary(p, outputPath))), true);
        globals.SetValue("glossary_url", site.Entries.Any(e => e.Language == language && e.Kind == EntryKind.Glossary)
            ? RelativeUrl.From(outputPath, $"{language}/glossary.html") : null, true);
        globals.SetValue("people_url", site.Entries.Any(e => e.Language == language && e.Kind == EntryKind.Person)
            ? RelativeUrl.From(outputPath, $"{language}/people.html") : null, true);
        globals.SetValue("book_index_url", site.Index.Values.Any(i => i.Count > 0) ? RelativeUrl.From(outputPath, $"{language}/book-index.html") : null, true);
        globals.SetValue("chronology_url", site.Chronology.Values.Any(c => c.Count > 0) ? RelativeUrl.From(outputPath, $"{language}/chronology.html") : null, true);
        globals.SetValue("print_url", site.Articles(language).Any() ? RelativeUrl.From(outputPath, Print.PrintEditionBuilder.PrintPath(language)) : null, true);
        globals.SetValue("pdf_url", site.LinksPdf ? RelativeUrl.From(outputPath, Config.Pdf.FileName(language)) : null, true);
        var culture = Config.FindLanguage(language)?.Culture ?? CultureInfo.InvariantCulture;
        globals.SetValue("tags", new ScriptArray(site.Tags.Where(t => t.Language == language)
            .OrderBy(t => Config.TagName(language, t.Slug), StringComparer.Create(culture, CompareOptions.IgnoreCase))
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Select(t => (object?)TagSummary(t, outputPath))), true);
        return globals;
    }

    public ScriptObject UiTexts(string language)
    {
        var texts = new ScriptObject();
        foreach (var (key, value) in strings.For(language).OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            texts.SetValue(key, Text(language, value), true);
        }
        return texts;
    }

    public ScriptObject SiteModel(string language, string outputPath)
    {
        var config = Config.FindLanguage(language)!;
        var edition = site.Pages.Where(p => p.Kind == PageKind.Article).Select(p => p.Updated ?? p.Date).Where(d => d is not null).Max();
        return Obj(
            ("title", Text(language, config.Title)),
            ("subtitle", Text(language, config.Subtitle)),
            ("description", Text(language, config.Description)),
            ("base_url", HtmlText.Escape(Config.BaseUrl)),
            ("edition", edition is { } e ? DateModel(language, e) : null),
            ("languages", new ScriptArray(Config.Languages.Select(l => (object?)Obj(
                ("code", l.Code),
                ("name", Text(l.Code, strings.Get(l.Code, "language_name", l.Code))),
                ("title", Text(l.Code, l.Title)),
                ("description", Text(l.Code, l.Description)),
                ("url", RelativeUrl.From(outputPath, $"{l.Code}/index.html")),
                ("current", l.Code == language))))));
    }

    /// <summary>An article as listed on the home page, tag pages and previous/next links.</summary>
    public ScriptObject ArticleSummary(Page article, string from) => Obj(
        ("key", article.TranslationKey),
        ("title", Text(article.Language, article.Title)),
        ("summary", Text(article.Language, article.Summary)),
        ("url", RelativeUrl.From(from, article.OutputPath)),
        ("date", article.Date is { } d ? DateModel(article.Language, d) : null),
        ("order", article.Order == int.MaxValue ? null : article.Order),
        ("tags", TagLinks(article, from)));

    public ScriptObject TagSummary(Tag tag, string from) => Obj(
        ("slug", tag.Slug),
        ("name", Text(tag.Language, Config.TagName(tag.Language, tag.Slug))),
        ("url", RelativeUrl.From(from, tag.OutputPath)),
        ("count", tag.Pages.Count));

    /// <summary>A content page (home, article, standalone): front matter, HTML, headings, language switch, neighbours.</summary>
    public ScriptObject PageModel(Page page, string kind, IReadOnlyList<ScriptObject> translations)
    {
        var from = page.OutputPath;
        var model = Obj(
            ("kind", kind),
            ("key", page.Key),
            ("translation_key", page.TranslationKey),
            ("slug", page.Slug),
            ("lang", page.Language),
            ("title", Text(page.Language, page.Title)),
            ("summary", Text(page.Language, page.Summary)),
            ("date", page.Date is { } d ? DateModel(page.Language, d) : null),
            ("updated", page.Updated is { } u ? DateModel(page.Language, u) : null),
            ("authors", Texts(page.Language, page.Authors)),
            ("tags", TagLinks(page, from)),
            ("key_points", Texts(page.Language, page.KeyPoints)),
            ("source", page.Source is { } s ? Obj(
                ("title", Text(page.Language, s.Title)), ("outlet", Text(page.Language, s.Outlet)),
                ("author", Text(page.Language, s.Author)), ("note", Text(page.Language, s.Note))) : null),
            ("order", page.Order == int.MaxValue ? null : page.Order),
            ("draft", page.Draft),
            ("content", page.Html),
            ("headings", new ScriptArray(page.Headings.Select(h => (object?)Obj(("level", h.Level), ("id", HtmlText.Escape(h.Id)), ("text", HtmlText.Escape(h.Text)))))),
            ("params", Params(page)),
            ("url", RelativeUrl.From(from, from)),
            ("path", from),
            ("translations", new ScriptArray(translations)));
        if (page.Kind == PageKind.Article)
        {
            var articles = site.Articles(page.Language).ToList();
            var index = articles.IndexOf(page);
            model.SetValue("previous", index > 0 ? ArticleSummary(articles[index - 1], from) : null, true);
            model.SetValue("next", index >= 0 && index + 1 < articles.Count ? ArticleSummary(articles[index + 1], from) : null, true);
        }
        return model;
    }

    /// <summary>One entry of a language switch: the other language's page, or its "not translated yet" page.</summary>
    public ScriptObject Translation(string language, string from, string target, bool exists, string? title, IEnumerable<string> sharedSections) => Obj(
        ("lang", language),
        ("name", Text(language, strings.Get(language, "language_name", language))),
        ("url", RelativeUrl.From(from, target)),
        ("exists", exists),
        ("title", Text(language, title)),
        ("sections", HtmlText.Escape(string.Join(' ', sharedSections))));

    public ScriptObject DateModel(string language, ContentDate date)
    {
        var culture = Config.FindLanguage(language)?.Culture ?? CultureInfo.InvariantCulture;
        var format = strings.Get(language, "date_format", "d MMMM yyyy");
        return Obj(
            ("iso", date.ToIso()),
            ("display", HtmlText.Escape(date.Day.ToString(format, culture))));
    }

    private ScriptArray TagLinks(Page page, string from) =>
        new(page.Tags.Select(t => (object?)Obj(
            ("slug", t),
            ("name", Text(page.Language, Config.TagName(page.Language, t))),
            ("url", RelativeUrl.From(from, $"{page.Language}/tags/{t}.html")))));

    private ScriptObject Params(Page page)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in page.Params.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            result.SetValue(key, YamlValue(page.Language, value), true);
        }
        return result;
    }

    private object? YamlValue(string language, YamlNode node) => node switch
    {
        YamlScalar { IsNull: true } => null,
        YamlScalar s when s.IsPlain && s.Value is "true" or "false" => s.Value == "true",
        YamlScalar s when s.IsPlain && IsPlainInteger(s.Value) => long.Parse(s.Value, CultureInfo.InvariantCulture),
        YamlScalar s => Text(language, s.Value),
        YamlSequence seq => new ScriptArray(seq.Items.Select(i => YamlValue(language, i))),
        YamlMapping map => ObjFrom(map.Entries.Select(e => (e.Key.Value, YamlValue(language, e.Value)))),
        _ => null,
    };

    private static bool IsPlainInteger(string text) =>
        text.Length is > 0 and < 19 && (text == "0" || (text[0] is >= '1' and <= '9' && text.All(char.IsAsciiDigit)));

    /// <summary>Escaped text with the language's typography; null stays null so templates can test it.</summary>
    public static string? Text(string language, string? text)
    {
        if (text is null)
        {
            return null;
        }
        // Every page lists every article, so the same titles are set again for each page: remember them.
        if (TextCache.Count > 100_000)
        {
            TextCache.Clear();
        }
        return TextCache.GetOrAdd((language, text), static key =>
        {
            var typeset = Apostrophes.Apply(key.Text);
            return HtmlText.Escape(MarkdownConverter.IsFrench(key.Language) ? FrenchSpacing.Apply(typeset) : typeset);
        });
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Language, string Text), string> TextCache = new();

    private static ScriptArray Texts(string language, IEnumerable<string> texts) => new(texts.Select(t => (object?)Text(language, t)));

    public static ScriptObject Obj(params (string Key, object? Value)[] members) => ObjFrom(members);

    private static ScriptObject ObjFrom(IEnumerable<(string Key, object? Value)> members)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in members)
        {
            result.SetValue(key, value, true);
        }
        return result;
    }
}
