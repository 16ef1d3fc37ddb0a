using System.Globalization;
using BriefingBook.Generator.Analyse;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Parse;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Generator.Render;

/// <summary>What the annotated pages show: glossary and who's who entries, the back-of-book index, backlinks and the chronology.</summary>
public sealed partial class TemplateModelBuilder
{
    private readonly Lazy<Dictionary<(string Language, string Key), List<IndexLocator>>> _mentions = new(() => Mentions(site));

    private Collation CollationOf(string language) => new(Config.FindLanguage(language)?.Culture ?? CultureInfo.InvariantCulture);

    /// <summary>The entries of one kind in one language, sorted as a reader of that language expects (<c>sort_as</c>, then name).</summary>
    public IReadOnlyList<Entry> SortedEntries(string language, EntryKind kind) =>
        site.Entries.Where(e => e.Language == language && e.Kind == kind)
            .OrderBy(e => e.SortAs ?? e.Name, CollationOf(language).Comparer)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Items grouped under the letter they are filed at, in the given order: each group has its <c>letter</c>,
    /// the <c>id</c> the letter bar links to, and its <c>items</c>.
    /// </summary>
    public ScriptArray LetterGroups<T>(string language, IEnumerable<T> sorted, Func<T, string> name, Func<T, ScriptObject> model)
    {
        var collation = CollationOf(language);
        var groups = new List<(string Letter, List<object?> Items)>();
        foreach (var item in sorted)
        {
            var letter = collation.Letter(name(item));
            if (groups.Count == 0 || groups[^1].Letter != letter)
            {
                groups.Add((letter, []));
            }
            groups[^1].Items.Add(model(item));
        }
        return new ScriptArray(groups.Select(g => (object?)Obj(
            ("letter", HtmlText.Escape(g.Letter)),
            ("id", "letter-" + (g.Letter == Collation.OtherLetter ? "other" : BookIndexBuilder.Slug(g.Letter))),
            ("items", new ScriptArray(g.Items)))));
    }

    /// <summary>An entry as its glossary or who's who page shows it, with the paragraphs that mention it.</summary>
    public ScriptObject EntryModel(Entry entry, string from)
    {
        var other = site.Entries.FirstOrDefault(e => e.Kind == entry.Kind && e.Key == entry.Key && e.Language != entry.Language);
        return Obj(
            ("key", entry.Key),
            ("name", Text(entry.Language, entry.Name)),
            ("expansion", Text(entry.Language, entry.Expansion)),
            ("definition", Text(entry.Language, entry.Definition)),
            ("category", Text(entry.Language, entry.Category)),
            ("category_label", Text(entry.Language, entry.Kind == EntryKind.Person ? entry.Category
                : entry.Category is { } c ? strings.Get(entry.Language, "category_" + c, c) : null)),
            ("aliases", Texts(entry.Language, entry.Aliases.Where(a => !CollationOf(entry.Language).SameName(a, entry.Name)))),
            ("other_name", other is null ? null : Text(other.Language, other.Name)),
            ("other_lang", other?.Language),
            ("content", entry.Html),
            ("mentioned_in", LocatorGroups(_mentions.Value.GetValueOrDefault((entry.Language, entry.Key)) ?? [], entry.Language, from)),
            ("see_also", new ScriptArray(entry.SeeAlso
                .Select(k => site.Entries.FirstOrDefault(e => e.Key == k && e.Language == entry.Language))
                .OfType<Entry>()
                .Select(e => (object?)Obj(("name", Text(e.Language, e.Name)), ("url", RelativeUrl.From(from, e.OutputPath) + "#" + e.Key))))));
    }

    /// <summary>Every paragraph mentioning each entry, by language and entry key, in book order.</summary>
    private static Dictionary<(string Language, string Key), List<IndexLocator>> Mentions(Site site)
    {
        var result = new Dictionary<(string, string), List<IndexLocator>>();
        foreach (var page in site.Pages.OrderBy(p => p.Kind).ThenBy(p => p.Order).ThenBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            foreach (var mention in page.Annotations?.Mentions ?? [])
            {
                var list = result.TryGetValue((page.Language, mention.EntryKey), out var found) ? found : result[(page.Language, mention.EntryKey)] = [];
                if (!list.Any(l => ReferenceEquals(l.Page, page) && l.Anchor == mention.Anchor))
                {
                    list.Add(new IndexLocator(page, mention.Anchor));
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Places grouped by page: the page's title links to the first place, further places are numbered links;
    /// each keeps its page path and paragraph anchor so a printed edition can give page numbers.
    /// </summary>
    public ScriptArray LocatorGroups(IEnumerable<IndexLocator> locators, string language, string from) =>
        new(locators.GroupBy(l => l.Page).Select(g =>
        {
            var places = g.Select(l => (Url: RelativeUrl.From(from, l.Page.OutputPath) + (l.Anchor is null ? "" : "#" + l.Anchor), l.Anchor)).ToList();
            return (object?)Obj(
                ("title", Text(language, g.Key.Title)),
                ("url", places[0].Url),
                ("path", g.Key.OutputPath),
                ("anchor", places[0].Anchor),
                ("more", new ScriptArray(places.Skip(1).Select((p, i) => (object?)Obj(
                    ("label", (i + 2).ToString(CultureInfo.InvariantCulture)), ("url", p.Url), ("anchor", p.Anchor))))));
        }));

    /// <summary>A heading of the back-of-book index: its term, where it leads, its sub-entries and references.</summary>
    public ScriptObject IndexEntryModel(IndexEntry entry, string language, string from)
    {
        var headings = site.Index.GetValueOrDefault(language, []);
        var collation = CollationOf(language);
        ScriptArray References(IEnumerable<string> terms) => new(terms.Select(term =>
        {
            var target = headings.FirstOrDefault(h => collation.SameName(h.Term, term));
            var entryTarget = target is null ? site.Entries.FirstOrDefault(e => e.Language == language && collation.SameName(e.Name, term)) : null;
            var url = target is not null ? "#" + target.Id : entryTarget is not null ? RelativeUrl.From(from, entryTarget.OutputPath) + "#" + entryTarget.Key : null;
            return (object?)Obj(("term", Text(language, term)), ("url", url));
        }));
        return Obj(
            ("term", Text(language, entry.Term)),
            ("id", entry.Id),
            ("entry_url", entry.Entry is { } e ? RelativeUrl.From(from, e.OutputPath) + "#" + e.Key : null),
            ("locators", LocatorGroups(entry.Locators, language, from)),
            ("subentries", new ScriptArray(entry.SubEntries.Values.OrderBy(s => s.Term, collation.Comparer).ThenBy(s => s.Id, StringComparer.Ordinal)
                .Select(s => (object?)IndexEntryModel(s, language, from)))),
            ("see", References(entry.See)),
            ("see_also", References(entry.SeeAlso)));
    }

    /// <summary>What an article lists after its text: the pages citing it (to the citing paragraph) and its related articles.</summary>
    public void AddBacklinks(ScriptObject model, Page page)
    {
        model.SetValue("cited_in", LocatorGroups(page.CitedIn, page.Language, page.OutputPath), true);
        model.SetValue("related", new ScriptArray(page.Related.Select(p => (object?)ArticleSummary(p, page.OutputPath))), true);
    }

    /// <summary>A chronology event in one language: its id, date as that language writes it, text and related articles.</summary>
    public ScriptObject ChronologyItemModel(ChronologyItem item, int rank, string language, string from)
    {
        var culture = Config.FindLanguage(language)?.Culture ?? CultureInfo.InvariantCulture;
        return Obj(
            ("id", ChronologyDates.Id(item.Date, rank)),
            ("date", Obj(("iso", item.Date.ToIso()), ("display", HtmlText.Escape(ChronologyDates.Display(item.Date, culture, strings.Get(language, "date_format", "d MMMM yyyy")))),
                ("precision", item.Date.Day is not null ? "day" : item.Date.Month is not null ? "month" : "year"))),
            ("text", Text(language, item.Text)),
            ("articles", new ScriptArray(item.Articles.Select(p => (object?)ArticleSummary(p, from)))));
    }

    /// <summary>The chronology's timeline as inline SVG markup, with a title and description in the page's language.</summary>
    public string Timeline(string language, IReadOnlyList<ChronologyItem> items)
    {
        if (items.Count == 0)
        {
            return "";
        }
        var culture = Config.FindLanguage(language)?.Culture ?? CultureInfo.InvariantCulture;
        var format = strings.Get(language, "date_format", "d MMMM yyyy");
        var title = strings.Get(language, "timeline_title", "Timeline");
        var description = string.Format(culture, strings.Get(language, "timeline_description", "{0} events from {1} to {2}; the list gives each one in full."),
            items.Count, items[0].Date.Year, items[^1].Date.Year);
        var text = MarkdownConverter.IsFrench(language);
        return TimelineSvg.Draw(items.Select(i => (i.Date, ChronologyDates.Display(i.Date, culture, format),
            text ? FrenchSpacing.Apply(Apostrophes.Apply(i.Text)) : Apostrophes.Apply(i.Text))).ToList(), title, description, "timeline");
    }
}
