using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>Two pages of one language cannot be written to the same file: a slug used twice is an error.</summary>
public static class DuplicateSlugCheck
{
    public static void Run(Site site, DiagnosticBag diagnostics)
    {
        foreach (var group in site.Pages.GroupBy(p => p.OutputPath, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var pages = group.OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
            foreach (var page in pages.Skip(1))
            {
                diagnostics.Error(AnalyseDiagnosticIds.DuplicateSlug, page.Location,
                    $"the slug '{page.Slug}' is already used by {pages[0].SourcePath}: both would be written to {group.Key}",
                    "set a different 'slug' in one of the two files");
            }
        }
    }
}
