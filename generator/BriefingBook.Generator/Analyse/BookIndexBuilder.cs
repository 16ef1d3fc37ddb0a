using System.Globalization;
using System.Text;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Markdown.IndexMarks;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>
/// Builds the back-of-book index of each language from the annotated text: explicit index marks (with
/// sub-entries, "see" and "see also") and every mention of a glossary or who's who entry, each leading
/// to the paragraph where it appears. Terms that differ only by case, quotes or apostrophe style are one
/// heading, and an index mark that names an entry (by any of its names) files under that entry, printed as
/// <see cref="Entry.IndexName"/> (<c>Biden, Joe</c>). The
/// headings keep their terms, anchors and order so that a printed edition can turn locators into page numbers.
/// </summary>
public static class BookIndexBuilder
{
    public static void Run(Site site, DiagnosticBag diagnostics)
    {
        foreach (var language in site.Config.Languages)
        {
            var culture = language.Culture;
            var collation = new Collation(culture);
            var names = EntryNames(site, language.Code, culture);
            var entries = site.Entries.Where(e => e.Language == language.Code).GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var headings = new Dictionary<string, IndexEntry>(StringComparer.Create(culture, CompareOptions.IgnoreCase));
            var entryHeadings = new Dictionary<Entry, IndexEntry>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            IndexEntry Heading(string term, Entry? entry = null)
            {
                var key = Collation.SortKey(term);
                entry ??= names.GetValueOrDefault(key);
                if (entry is not null)
                {
                    if (!entryHeadings.TryGetValue(entry, out var known))
                    {
                        known = new IndexEntry(entry.IndexName, UniqueId(entry.Name, ids)) { Entry = entry };
                        entryHeadings.Add(entry, known);
                    }
                    return known;
                }
                if (!headings.TryGetValue(key, out var heading))
                {
                    heading = new IndexEntry(Capitalise(key, culture), UniqueId(key, ids));
                    headings.Add(key, heading);
                }
                return heading;
            }
            // A "see" names a heading: an entry by any of its names, or an index term as written.
            string Target(string term) => names.GetValueOrDefault(Collation.SortKey(term))?.IndexName ?? Capitalise(term.Trim(), culture);
            var references = new List<(string Term, string Path, IndexMark Mark)>();

            foreach (var page in site.Pages.Where(p => p.Language == language.Code).OrderBy(p => p.Kind).ThenBy(p => p.Order).ThenBy(p => p.SourcePath, StringComparer.Ordinal))
            {
                if (page.Annotations is not { } annotations)
                {
                    continue;
                }
                // Marks and mentions together in reading order, so that a heading's places in a page follow the text.
                var places = annotations.IndexMarks.Select(mark => (mark.Line, mark.Column, Mark: (IndexMark?)mark, EntryKey: (string?)null, mark.Anchor))
                    .Concat(annotations.Mentions.Select(mention => (mention.Line, mention.Column, Mark: (IndexMark?)null, EntryKey: (string?)mention.EntryKey, mention.Anchor)))
                    .OrderBy(place => place.Line).ThenBy(place => place.Column);
                foreach (var (_, _, mark, entryKey, anchor) in places)
                {
                    if (mark is null)
                    {
                        if (entries.GetValueOrDefault(entryKey!) is { } entry)
                        {
                            Heading(entry.Name, entry).AddLocator(page, anchor);
                        }
                        continue;
                    }
                    var heading = Heading(mark.Term);
                    var target = mark.SubTerm is null ? heading : SubEntry(heading, mark.SubTerm, culture);
                    foreach (var see in mark.See)
                    {
                        target.See.Add(Target(see));
                        references.Add((see, page.SourcePath, mark));
                    }
                    foreach (var see in mark.SeeAlso)
                    {
                        target.SeeAlso.Add(Target(see));
                        references.Add((see, page.SourcePath, mark));
                    }
                    if (mark.See.Count == 0)
                    {
                        target.AddLocator(page, anchor);
                    }
                }
            }
            foreach (var (term, path, mark) in references.Where(r => !names.ContainsKey(Collation.SortKey(r.Term)) && !headings.ContainsKey(Collation.SortKey(r.Term))))
            {
                diagnostics.Warning(AnalyseDiagnosticIds.UnknownIndexReference, new SourceLocation(path, mark.Line, mark.Column),
                    $"the index mark sends readers to '{term.Trim()}', which is neither an index term nor an entry in '{language.Code}'",
                    "index that term somewhere with ((term)) or (((Term))), or name an entry of this language");
            }
            site.Index[language.Code] = headings.Values.Concat(entryHeadings.Values).OrderBy(h => h.Entry?.SortAs ?? h.Term, collation.Comparer)
                .ThenBy(h => h.Id, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>
    /// Every name of every entry of a language (display name, <c>sort_as</c>, <c>index_as</c>, aliases), as sort keys, so that an
    /// index mark naming an entry files its places under that entry; the first entry by kind and key keeps a shared name.
    /// </summary>
    private static Dictionary<string, Entry> EntryNames(Site site, string language, CultureInfo culture)
    {
        var names = new Dictionary<string, Entry>(StringComparer.Create(culture, CompareOptions.IgnoreCase));
        foreach (var entry in site.Entries.Where(e => e.Language == language).OrderBy(e => e.Kind).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            foreach (var name in new[] { entry.Name, entry.SortAs, entry.IndexAs }.Concat(entry.Aliases).OfType<string>())
            {
                names.TryAdd(Collation.SortKey(name), entry);
            }
        }
        return names;
    }

    private static IndexEntry SubEntry(IndexEntry heading, string term, CultureInfo culture)
    {
        var key = Collation.SortKey(term).ToLower(culture);
        if (!heading.SubEntries.TryGetValue(key, out var sub))
        {
            sub = new IndexEntry(term.Trim(), heading.Id + "-" + Slug(term));
            heading.SubEntries.Add(key, sub);
        }
        return sub;
    }

    private static string Capitalise(string term, CultureInfo culture) =>
        term.Length == 0 ? term : char.ToUpper(term[0], culture) + term[1..];

    private static string UniqueId(string term, HashSet<string> ids)
    {
        var slug = "term-" + Slug(term);
        var id = slug;
        for (var i = 2; !ids.Add(id); i++)
        {
            id = slug + "-" + i.ToString(CultureInfo.InvariantCulture);
        }
        return id;
    }

    /// <summary>Lower-case ASCII letters and digits joined by hyphens: <c>Dissuasion élargie</c> gives <c>dissuasion-elargie</c>, <c>Œuvre</c> <c>oeuvre</c>.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is 'œ' or 'Œ' or 'æ' or 'Æ' or 'ß')
            {
                builder.Append(c switch { 'œ' or 'Œ' => "oe", 'æ' or 'Æ' => "ae", _ => "ss" });
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "x" : slug;
    }
}
