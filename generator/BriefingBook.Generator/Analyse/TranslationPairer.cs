using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>Pairs the language versions of articles and standalone pages by translation key; a key used twice in one language is an error.</summary>
public static class TranslationPairer
{
    public static void Run(Site site, DiagnosticBag diagnostics)
    {
        var sets = new SortedDictionary<(PageKind, string), TranslationSet>();
        foreach (var page in site.Pages.Where(p => p.Kind != PageKind.Home).OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            var id = (page.Kind, page.TranslationKey);
            if (!sets.TryGetValue(id, out var set))
            {
                set = new TranslationSet(page.Kind, page.TranslationKey);
                sets.Add(id, set);
            }
            if (set.For(page.Language) is { } first)
            {
                diagnostics.Error(AnalyseDiagnosticIds.DuplicateTranslationKey, page.Location,
                    $"the translation key '{page.TranslationKey}' is already used by {first.SourcePath} in the same language",
                    "give each file of one language its own 'translation_key' (it defaults to the file name)");
                continue;
            }
            set.Add(page);
        }
        site.Translations.AddRange(sets.Values);
    }
}
