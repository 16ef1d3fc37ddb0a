using BriefingBook.Generator.Analyse;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;
using BriefingBook.Generator.Parse;

namespace BriefingBook.Generator.Check;

/// <summary>
/// Runs every stage but writing, and the editorial rules on top, and returns every problem at once:
/// unlike a build, it goes on after a stage that found errors, with what could be read.
/// </summary>
public static class BookChecker
{
    public static BuildResult Run(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var root = Path.GetDirectoryName(Path.GetFullPath(options.ConfigPath)) ?? "";
        var config = SiteConfigReader.Read(options.ConfigPath, diagnostics);
        if (config is not null)
        {
            Analyse(config, options, diagnostics);
        }
        return new BuildResult(diagnostics.ToSortedList(), null, 0, 0) { ProjectRoot = root };
    }

    private static void Analyse(SiteConfig config, BuildOptions options, DiagnosticBag diagnostics)
    {
        try
        {
            var files = ContentLoader.Load(config, diagnostics);
            var site = ContentParser.Parse(config, files, options.IncludeDrafts, diagnostics,
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism ?? -1 });
            SiteAnalyser.Run(site, diagnostics);
            OutdatedTranslationCheck.Run(site, diagnostics);
            EntryNeverMentionedCheck.Run(site, diagnostics);
            ImageAltTextCheck.Run(site, diagnostics);
            // Templates are checked by rendering every page in memory; nothing is written.
            SiteBuilder.RenderSite(site, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var error = e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : e;
            diagnostics.Error("BB3999", new SourceLocation("briefingbook"), $"internal error while checking: {error.GetType().Name}: {error.Message}",
                "this is a fault of the generator, not of the book: report it with the file that was last changed");
        }
    }
}
