using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Check;

/// <summary>
/// Warns about a glossary or who's who entry that no article or page of its language mentions or
/// cross-references: readers only reach it from the list.
/// </summary>
public static class EntryNeverMentionedCheck
{
    public static void Run(Site site, DiagnosticBag diagnostics)
    {
        foreach (var entry in site.Entries)
        {
            var mentioned = site.Pages.Where(p => p.Language == entry.Language).Any(p => p.Annotations is { } a
                && (a.Mentions.Any(m => m.EntryKey == entry.Key) || a.CrossReferences.Any(r => r.Key == entry.Key)));
            if (!mentioned)
            {
                diagnostics.Warning(CheckDiagnosticIds.EntryNeverMentioned, entry.Location,
                    $"the entry '{entry.Key}' ('{entry.Name}') is mentioned in no article or page of '{entry.Language}'",
                    "name it in a text (or add the name used there to its 'aliases'), link it with [[" + entry.Key + "]], or remove the entry");
            }
        }
    }
}
