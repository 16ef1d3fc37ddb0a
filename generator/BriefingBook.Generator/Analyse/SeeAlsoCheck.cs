using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>Every key in an entry's <c>see_also</c> must name a glossary or who's who entry of the same language.</summary>
public static class SeeAlsoCheck
{
    public static void Run(Site site, DiagnosticBag diagnostics)
    {
        foreach (var entry in site.Entries)
        {
            var keys = site.Entries.Where(e => e.Language == entry.Language).Select(e => e.Key).ToList();
            for (var i = 0; i < entry.SeeAlso.Count; i++)
            {
                var key = entry.SeeAlso[i];
                if (keys.Contains(key))
                {
                    continue;
                }
                var suggestion = DidYouMean.Find(key, keys);
                diagnostics.Error(AnalyseDiagnosticIds.UnknownSeeAlso, entry.SeeAlsoLocations.ElementAtOrDefault(i) is { Path: not null } at && at.Line > 0 ? at : entry.Location,
                    $"'see_also' names the entry '{key}', which does not exist in '{entry.Language}'",
                    suggestion is not null ? $"did you mean '{suggestion}'?" : "use the file name of a glossary or people entry, without .md");
            }
        }
    }
}
