using BriefingBook.Generator.Analyse;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Parse;
using BriefingBook.Generator.Render;
using BriefingBook.Generator.Write;

namespace BriefingBook.Generator;

/// <summary>
/// Runs the build's stages in order (configure, load, parse, analyse, render, write). Each stage adds
/// its problems to one list and the build stops after a stage that found errors, reporting them all;
/// the previous output stays in place unless the whole build succeeds.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, IProgress<BuildProgress>? progress = null)
    {
        var diagnostics = new DiagnosticBag();
        Site? site = null;
        string? output = null;
        var files = new List<OutputFile>();
        var pages = 0;

        var ok = Stage(BuildStage.Configure, progress, diagnostics, () =>
        {
            var config = SiteConfigReader.Read(options.ConfigPath, diagnostics);
            if (config is null)
            {
                return;
            }
            output = options.OutputFolder is null ? config.OutputFolder : Path.GetFullPath(options.OutputFolder);
            config = config with { OutputFolder = output };
            OutputGuard.Check(config, output, diagnostics);
            site = new Site(config);
        })
        && Stage(BuildStage.Load, progress, diagnostics, () =>
        {
            var content = ContentLoader.Load(site!.Config, diagnostics);
            Stage(BuildStage.Parse, progress, diagnostics, () => site = ContentParser.Parse(site.Config, content, options.IncludeDrafts, diagnostics,
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism ?? -1 }));
        })
        && !diagnostics.HasErrors
        && Stage(BuildStage.Analyse, progress, diagnostics, () => SiteAnalyser.Run(site!, diagnostics))
        && Stage(BuildStage.Render, progress, diagnostics, () =>
        {
            var (rendered, sitemap) = SiteRenderer.Render(site!, diagnostics, progress);
            pages = rendered.Count;
            files.AddRange(rendered);
            files.Add(SitemapBuilder.Build(site!, sitemap));
            files.AddRange(AssetCollector.Collect(site!.Config, diagnostics));
            files.Add(OutputFile.Text("assets/annotations.css", Markdown.AnnotationAssets.Css + "\n"));
            files.Add(OutputFile.Text("assets/annotations.js", Markdown.AnnotationAssets.Script + "\n"));
        })
        && Stage(BuildStage.Write, progress, diagnostics, () => OutputWriter.Write(output!, files, diagnostics));

        return new BuildResult(diagnostics.ToSortedList(), output, ok ? pages : 0, ok ? files.Count + 1 : 0)
        {
            ProjectRoot = Path.GetDirectoryName(Path.GetFullPath(options.ConfigPath)) ?? "",
        };
    }

    private static bool Stage(BuildStage stage, IProgress<BuildProgress>? progress, DiagnosticBag diagnostics, Action run)
    {
        progress?.Report(new BuildProgress(stage, 0, 0));
        try
        {
            run();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault of the generator itself: name the stage, keep the message, never show a stack trace.
            var error = e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : e;
            diagnostics.Error(InternalErrorIds[stage], new SourceLocation("briefingbook"),
                $"internal error in the {stage.ToString().ToLowerInvariant()} stage: {error.GetType().Name}: {error.Message}",
                "this is a fault of the generator, not of the book: report it with the file that was last changed");
        }
        return !diagnostics.HasErrors;
    }

    private static readonly Dictionary<BuildStage, string> InternalErrorIds = new()
    {
        [BuildStage.Configure] = "BB1999",
        [BuildStage.Load] = "BB2999",
        [BuildStage.Parse] = "BB2999",
        [BuildStage.Analyse] = "BB3999",
        [BuildStage.Render] = "BB4999",
        [BuildStage.Write] = "BB5999",
    };
}
