using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Check;

/// <summary>
/// Warns when one language version of an article or page was updated after another: the older version
/// may no longer say the same thing. A version's last change is its <c>updated</c>, or else its <c>date</c>.
/// </summary>
public static class OutdatedTranslationCheck
{
    public static void Run(Site site, DiagnosticBag diagnostics)
    {
        foreach (var set in site.Translations)
        {
            var dated = set.Pages.Values.Select(p => (Page: p, Changed: p.Updated ?? p.Date)).Where(v => v.Changed is not null).ToList();
            if (dated.Count < 2)
            {
                continue;
            }
            var latest = dated.MaxBy(v => v.Changed!.Value.Day);
            foreach (var (page, changed) in dated.Where(v => v.Changed!.Value.Day < latest.Changed!.Value.Day))
            {
                diagnostics.Warning(CheckDiagnosticIds.OutdatedTranslation, page.Location,
                    $"the '{page.Language}' version was last changed on {changed!.Value.Day:yyyy-MM-dd}, the '{latest.Page.Language}' version on {latest.Changed!.Value.Day:yyyy-MM-dd}",
                    $"bring it up to date with {latest.Page.SourcePath}, then set 'updated: {latest.Changed!.Value.Day:yyyy-MM-dd}'");
            }
        }
    }
}
