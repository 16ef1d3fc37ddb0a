using BriefingBook.Generator.Analyse;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Export;
using BriefingBook.Generator.Load;
using BriefingBook.Generator.Markdown;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Parse;
using BriefingBook.Generator.Print;
using BriefingBook.Generator.Render;
using BriefingBook.Generator.Write;

namespace BriefingBook.Generator;

/// <summary>
/// Runs the build's stages in order. Each stage adds its problems to one list and the build stops
/// after a stage that found errors, reporting them all; the previous output stays in place unless the
/// whole build succeeds.
/// </summary>
public sealed class SiteBuilder
{
    private readonly BuildOptions _options;
    private readonly IProgress<BuildProgress>? _progress;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<OutputFile> _files = [];
    private SiteConfig? _config;
    private IReadOnlyList<ContentFile> _content = [];
    private Site? _site;
    private int _pages;
    private bool _written;
    private IReadOnlyList<PdfExportResult> _pdfs = [];

    private SiteBuilder(BuildOptions options, IProgress<BuildProgress>? progress)
    {
        _options = options;
        _progress = progress;
    }

    public static BuildResult Build(BuildOptions options, IProgress<BuildProgress>? progress = null)
    {
        var build = new SiteBuilder(options, progress);
        var succeeded = build.Run(BuildStage.Configure, build.Configure)
            && build.Run(BuildStage.Load, build.Load)
            && build.Run(BuildStage.Parse, build.Parse)
            && build.Run(BuildStage.Analyse, build.Analyse)
            && build.Run(BuildStage.Render, build.Render)
            && build.Run(BuildStage.Write, options.Pdf == PdfMode.Only ? build.WritePrintEditions : build.Write)
            && (!build.MakesPdf || build.Run(BuildStage.Pdf, build.Pdf));
        var written = succeeded || build._written;
        return new BuildResult(build._diagnostics.ToSortedList(), build._config?.OutputFolder, written ? build._pages : 0,
            written ? build._files.Count + (options.Pdf == PdfMode.Only ? 0 : 1) : 0)
        {
            ProjectRoot = Path.GetDirectoryName(Path.GetFullPath(options.ConfigPath)) ?? "",
            OutputWritten = written,
            Pdfs = build._pdfs,
        };
    }

    private PdfEngineProbe Engine => _options.PdfEngine ?? PdfEngineLocator.Machine;

    private bool MakesPdf => _options.Pdf == PdfMode.Only || (_options.Pdf == PdfMode.Build && _config!.Pdf.Enabled);

    /// <summary>site.yml, with the command line's output folder, and the checks on that folder.</summary>
    private void Configure()
    {
        var config = SiteConfigReader.Read(_options.ConfigPath, _diagnostics);
        if (config is null)
        {
            return;
        }
        _config = _options.OutputFolder is null ? config : config with { OutputFolder = Path.GetFullPath(_options.OutputFolder) };
        OutputGuard.Check(_config, _config.OutputFolder, _diagnostics);
    }

    private void Load() => _content = ContentLoader.Load(_config!, _diagnostics);

    private void Parse()
    {
        _site = ContentParser.Parse(_config!, _content, _options.IncludeDrafts, _diagnostics,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelism ?? -1 });
        // Home pages link to the PDFs only when they will be there: made by this build, or kept from the last one.
        _site.LinksPdf = _config!.Pdf.Enabled && _config.Languages.All(l => (MakesPdf && Engine.IsAvailable) || PreviousPdf(l.Code) is not null);
    }

    private void Analyse() => SiteAnalyser.Run(_site!, _diagnostics);

    private void Render()
    {
        var (files, pages) = RenderSite(_site!, _diagnostics, _progress);
        _pages = pages;
        _files.AddRange(files);
        // The new output replaces the whole folder: the PDFs of the last build go along until new ones replace them.
        foreach (var language in _config!.Languages)
        {
            if (PreviousPdf(language.Code) is { } previous)
            {
                _files.Add(new OutputFile(_config.Pdf.FileName(language.Code), File.ReadAllBytes(previous)));
            }
        }
    }

    /// <summary>
    /// Every page, the sitemap, the theme's assets and those of the annotation markup, and how many of the
    /// files are pages; <paramref name="renderer"/> is the previous build's, to reuse its parsed templates.
    /// </summary>
    public static (List<OutputFile> Files, int Pages) RenderSite(Site site, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress = null,
        TemplateRenderer? renderer = null, ArticleSummaryCache? summaries = null)
    {
        var (pages, sitemap) = SiteRenderer.Render(site, diagnostics, progress, renderer, null, summaries);
        pages.AddRange(SiteRenderer.PrintEditions(site, diagnostics, renderer, summaries));
        var files = new List<OutputFile>(pages)
        {
            SitemapBuilder.Build(site, sitemap),
        };
        files.AddRange(AssetCollector.Collect(site.Config, diagnostics));
        files.Add(OutputFile.Text("assets/annotations.css", AnnotationAssets.Css + "\n"));
        files.Add(OutputFile.Text("assets/annotations.js", AnnotationAssets.Script + "\n"));
        return (files, pages.Count);
    }

    private void Write() => _written = OutputWriter.Write(_config!.OutputFolder, _files, _diagnostics);

    /// <summary>For <c>pdf</c>: only the print editions are written, into the output as it is.</summary>
    private void WritePrintEditions()
    {
        _files.RemoveAll(f => !PrintEditionPaths.Contains(f.Path));
        _pages = _files.Count;
        _written = OutputWriter.WriteInPlace(_config!.OutputFolder, _files, _diagnostics);
    }

    private HashSet<string> PrintEditionPaths => _config!.Languages.Select(l => PrintEditionBuilder.PrintPath(l.Code)).ToHashSet(StringComparer.Ordinal);

    private void Pdf() => _pdfs = PdfStage.Run(_config!, _config!.OutputFolder, Engine, _diagnostics);

    private string? PreviousPdf(string language)
    {
        var path = Path.Combine(_config!.OutputFolder, _config.Pdf.FileName(language));
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is null && OutputMarker.IsMarked(_config.OutputFolder) ? path : null;
    }

    private bool Run(BuildStage stage, Action run)
    {
        _progress?.Report(new BuildProgress(stage, 0, 0));
        try
        {
            run();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault of the generator itself: name the stage, keep the message, never show a stack trace.
            var error = e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : e;
            _diagnostics.Error(InternalErrorIds[stage], new SourceLocation("briefingbook"),
                $"internal error in the {stage.ToString().ToLowerInvariant()} stage: {error.GetType().Name}: {error.Message}",
                "this is a fault of the generator, not of the book: report it with the file that was last changed");
        }
        return !_diagnostics.HasErrors;
    }

    private static readonly Dictionary<BuildStage, string> InternalErrorIds = new()
    {
        [BuildStage.Configure] = "BB1999",
        [BuildStage.Load] = "BB2999",
        [BuildStage.Parse] = "BB2999",
        [BuildStage.Analyse] = "BB3999",
        [BuildStage.Render] = "BB4999",
        [BuildStage.Write] = "BB5999",
        [BuildStage.Pdf] = "BB6999",
    };
}
