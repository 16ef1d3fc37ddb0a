using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>The analyse stage: pairs translations, collects tags, runs the checks that need the whole book, and annotates the text, then builds the index, backlinks and chronology from it.</summary>
public static class SiteAnalyser
{
    public static void Run(Site site, DiagnosticBag diagnostics, AnnotationScope? scope = null)
    {
        TranslationPairer.Run(site, diagnostics);
        DuplicateSlugCheck.Run(site, diagnostics);
        MissingTranslationCheck.Run(site, diagnostics);
        ChronologyArticlesCheck.Run(site, diagnostics);
        SeeAlsoCheck.Run(site, diagnostics);
        TagCollector.Run(site);
        AnnotationPass.Run(site, diagnostics, scope);
        if (scope?.CarryOver(site) is not true)
        {
            BookIndexBuilder.Run(site, diagnostics);
            BacklinkBuilder.Run(site);
        }
        ChronologyBuilder.Run(site);
    }
}
