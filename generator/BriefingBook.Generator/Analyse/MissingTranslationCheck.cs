using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>
/// Reports an article, page or entry that exists in one language and not in another; its severity is
/// <c>checks.missing_translation</c> in site.yml. Readers of the other language get a "not translated yet" page.
/// </summary>
public static class MissingTranslationCheck
{
    public static void Run(Site site, DiagnosticBag diagnostics)
    {
        var severity = site.Config.Checks.MissingTranslation;
        var languages = site.Config.Languages.Select(l => l.Code).ToList();
        foreach (var set in site.Translations)
        {
            var present = set.Pages.Values.OrderBy(p => languages.IndexOf(p.Language)).First();
            foreach (var language in languages.Where(l => set.For(l) is null))
            {
                var kind = set.Kind == PageKind.Article ? "article" : "page";
                diagnostics.Report(AnalyseDiagnosticIds.MissingTranslation, severity, present.Location,
                    $"the {kind} '{set.Key}' has no '{language}' version",
                    $"add content/{language}/{(set.Kind == PageKind.Article ? "articles" : "pages")}/{present.Key}.md, or pair an existing file with 'translation_key: {set.Key}'");
            }
        }
        foreach (var group in site.Entries.GroupBy(e => (e.Kind, e.Key)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Key, StringComparer.Ordinal))
        {
            var present = group.OrderBy(e => languages.IndexOf(e.Language)).First();
            foreach (var language in languages.Where(l => group.All(e => e.Language != l)))
            {
                var folder = group.Key.Kind == EntryKind.Person ? "people" : "glossary";
                diagnostics.Report(AnalyseDiagnosticIds.MissingTranslation, severity, present.Location,
                    $"the entry '{group.Key.Key}' has no '{language}' version", $"add content/{language}/{folder}/{group.Key.Key}.md");
            }
        }
    }
}
