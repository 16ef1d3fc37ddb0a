using System.Globalization;
using System.Text;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>
/// Builds the back-of-book index of each language from the annotated text: explicit index marks (with
/// sub-entries, "see" and "see also") and every mention of a glossary or who's who entry, each leading
/// to the paragraph where it appears. Terms that differ only by case are one heading.
/// </summary>
public static class BookIndexBuilder
{
    public static void Run(Site site)
    {
        foreach (var language in site.Config.Languages)
        {
            var culture = language.Culture;
            var headings = new Dictionary<string, IndexEntry>(StringComparer.Create(culture, CompareOptions.IgnoreCase));
            var ids = new HashSet<string>(StringComparer.Ordinal);
            IndexEntry Heading(string term)
            {
                term = term.Trim();
                if (!headings.TryGetValue(term, out var heading))
                {
                    heading = new IndexEntry(Capitalise(term, culture), UniqueId(term, ids));
                    headings.Add(term, heading);
                }
                return heading;
            }

            foreach (var page in site.Pages.Where(p => p.Language == language.Code).OrderBy(p => p.Kind).ThenBy(p => p.Order).ThenBy(p => p.SourcePath, StringComparer.Ordinal))
            {
                if (page.Annotations is not { } annotations)
                {
                    continue;
                }
                foreach (var mark in annotations.IndexMarks)
                {
                    var heading = Heading(mark.Term);
                    var target = mark.SubTerm is null ? heading : SubEntry(heading, mark.SubTerm, culture);
                    foreach (var see in mark.See)
                    {
                        target.See.Add(Capitalise(see.Trim(), culture));
                    }
                    foreach (var see in mark.SeeAlso)
                    {
                        target.SeeAlso.Add(Capitalise(see.Trim(), culture));
                    }
                    if (mark.See.Count == 0)
                    {
                        target.AddLocator(page, mark.Anchor);
                    }
                }
                foreach (var mention in annotations.Mentions)
                {
                    var entry = site.Entries.FirstOrDefault(e => e.Language == language.Code && e.Key == mention.EntryKey);
                    if (entry is not null)
                    {
                        var heading = Heading(entry.Name);
                        heading.Entry = entry;
                        heading.AddLocator(page, mention.Anchor);
                    }
                }
            }
            var comparer = StringComparer.Create(culture, CompareOptions.IgnoreCase);
            site.Index[language.Code] = headings.Values.OrderBy(h => h.Entry?.SortAs ?? h.Term, comparer).ThenBy(h => h.Id, StringComparer.Ordinal).ToList();
        }
    }

    private static IndexEntry SubEntry(IndexEntry heading, string term, CultureInfo culture)
    {
        var key = term.Trim().ToLower(culture);
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

    /// <summary>Lower-case ASCII letters and digits joined by hyphens: <c>Dissuasion élargie</c> gives <c>dissuasion-elargie</c>.</summary>
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
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "x" : slug;
    }
}
