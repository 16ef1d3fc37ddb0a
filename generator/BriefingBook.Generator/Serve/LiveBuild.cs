using System.Diagnostics;
using System.Text;
using BriefingBook.Generator.Analyse;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Parse;
using BriefingBook.Generator.Render;
using BriefingBook.Generator.Write;

namespace BriefingBook.Generator.Serve;

/// <summary>
/// Keeps a book built in a preview folder and brings it up to date after changes: it parses only the
/// changed files, annotates and renders only what depends on them, reuses the parsed templates, and writes
/// only the pages that changed. The print editions, which hold the whole book, come in a second phase
/// (<see cref="UpdatePrintEditions"/>), which may run while the next change is being built. A build that
/// fails leaves the preview as it was; the changes it saw are carried into the next one.
/// </summary>
public sealed class LiveBuild(BuildOptions options, string previewFolder)
{
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _commit = new();
    private SiteConfig? _config;
    private List<ContentFile> _files = [];
    private Site? _site;
    private TemplateRenderer? _renderer;
    private IReadOnlyList<string> _planned = [];
    private ArticleSummaryCache _summaries = new();
    private Site? _printed;

    /// <summary>The settings of the last good build.</summary>
    public SiteConfig? Config => _config;

    public string PreviewFolder { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(previewFolder));

    /// <summary>The book's folder, which paths of changes and diagnostics are relative to.</summary>
    public string ProjectRoot { get; } = Path.GetDirectoryName(Path.GetFullPath(options.ConfigPath)) ?? "";

    /// <summary>Builds the whole book into the preview folder, reusing parsed templates unless they may have changed.</summary>
    public LiveBuildResult Full(bool templatesChanged = true)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        Guard(diagnostics, () =>
        {
            var config = SiteConfigReader.Read(options.ConfigPath, diagnostics);
            if (config is null || diagnostics.HasErrors)
            {
                return;
            }
            config = config with { OutputFolder = PreviewFolder };
            OutputGuard.Check(config, PreviewFolder, diagnostics);
            var files = diagnostics.HasErrors ? [] : ContentLoader.Load(config, diagnostics);
            var site = diagnostics.HasErrors ? null : ContentParser.Parse(config, files, options.IncludeDrafts, diagnostics, Parallelism());
            if (site is null || diagnostics.HasErrors)
            {
                return;
            }
            SiteAnalyser.Run(site, diagnostics);
            if (diagnostics.HasErrors)
            {
                return;
            }
            var renderer = templatesChanged || _renderer is null ? new TemplateRenderer(config, new TemplateLookup(config)) : _renderer;
            var summaries = new ArticleSummaryCache();
            var (output, _) = SiteBuilder.RenderSite(site, diagnostics, null, renderer, summaries);
            var planned = SiteRenderer.PlannedPaths(site, renderer.Lookup);
            lock (_commit)
            {
                if (!diagnostics.HasErrors && OutputWriter.Write(PreviewFolder, output, diagnostics))
                {
                    (_config, _files, _site, _renderer, _summaries, _printed) = (config, files, site, renderer, summaries, site);
                    _planned = planned;
                    _pending.Clear();
                }
            }
        });
        return new LiveBuildResult(diagnostics.ToSortedList(), true, [], clock.Elapsed);
    }

    /// <summary>Brings the preview up to date after changes to the given project-relative paths (with <c>/</c>).</summary>
    public LiveBuildResult Update(IEnumerable<string> changedPaths)
    {
        _pending.UnionWith(changedPaths);
        // Editors and tools that save through a scratch file (sed -i, atomic saves) announce a content file that
        // is gone by now and was never part of the book: it changes nothing.
        _pending.RemoveWhere(p => p.StartsWith("content/", StringComparison.Ordinal) && !_files.Any(f => f.Path == p)
            && !File.Exists(Path.Combine(ProjectRoot, p)) && !Directory.Exists(Path.Combine(ProjectRoot, p)));
        var changed = _pending.ToList();
        if (changed.Count == 0)
        {
            return new LiveBuildResult([], false, [], TimeSpan.Zero);
        }
        if (_site is null || _config is null || changed.Any(p => !p.StartsWith("content/", StringComparison.Ordinal)))
        {
            return Full(templatesChanged: changed.Any(p => !p.StartsWith("content/", StringComparison.Ordinal))) with { Changes = changed };
        }
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var files = new List<ContentFile>(_files);
        var read = new List<ContentFile>();
        foreach (var path in changed)
        {
            var index = files.FindIndex(f => f.Path == path);
            var full = Path.Combine(ProjectRoot, path);
            if (index < 0 || files[index].Kind == ContentFileKind.Chronology || !File.Exists(full) || !SafePath.IsInside(ProjectRoot, full))
            {
                return Full(templatesChanged: false) with { Changes = changed };
            }
            files[index] = files[index] with { Text = Read(full) };
            read.Add(files[index]);
        }
        IReadOnlyList<string> pages = [];
        var everything = false;
        Guard(diagnostics, () =>
        {
            var parsed = ContentParser.Parse(_config, read, options.IncludeDrafts, diagnostics, Parallelism());
            if (diagnostics.HasErrors)
            {
                return;
            }
            var site = new Site(_config) { Parallelism = Parallelism() };
            site.Pages.AddRange(_site.Pages.Select(p => parsed.Pages.FirstOrDefault(n => n.SourcePath == p.SourcePath) ?? (changed.Contains(p.SourcePath) ? null : p)).OfType<Page>());
            site.Entries.AddRange(_site.Entries.Select(e => parsed.Entries.FirstOrDefault(n => n.SourcePath == e.SourcePath) ?? (changed.Contains(e.SourcePath) ? null : e)).OfType<Entry>());
            site.Events.AddRange(_site.Events);
            var plan = DependencyTracker.Plan(_site, site, changed);
            if (plan.Everything)
            {
                everything = true;
                return;
            }
            var previous = _site.Pages.Where(p => plan.Annotate.Contains(p.SourcePath)).ToDictionary(p => p.SourcePath, p => p.Annotations);
            SiteAnalyser.Run(site, diagnostics, new AnnotationScope(plan.Annotate, _site));
            if (diagnostics.HasErrors)
            {
                return;
            }
            // A page that appears or goes (a tag, the index) changes the navigation of every page.
            var planned = SiteRenderer.PlannedPaths(site, _renderer!.Lookup);
            if (!planned.SequenceEqual(_planned))
            {
                everything = true;
                return;
            }
            plan = DependencyTracker.AddMentionDependents(plan, site, previous);
            var (output, _) = SiteRenderer.Render(site, diagnostics, null, _renderer, plan.Render, _summaries);
            if (diagnostics.HasErrors || !OutputWriter.WriteInPlace(PreviewFolder, output, diagnostics))
            {
                return;
            }
            lock (_commit)
            {
                (_files, _site) = (files, site);
            }
            _pending.Clear();
            pages = output.Select(f => f.Path).ToList();
        });
        if (everything)
        {
            return Full(templatesChanged: false) with { Changes = changed };
        }
        return new LiveBuildResult(diagnostics.ToSortedList(), false, pages, clock.Elapsed) { Changes = changed };
    }

    /// <summary>Whether the print editions in the preview are older than its pages.</summary>
    public bool PrintEditionsPending
    {
        get
        {
            lock (_commit)
            {
                return _site is not null && !ReferenceEquals(_site, _printed);
            }
        }
    }

    /// <summary>
    /// The second phase of an update: writes the print editions of the book as the last update left it. It gives
    /// null, and writes nothing, when they are up to date, when <paramref name="cancel"/> is cancelled, or when a
    /// newer update or build has replaced that book meanwhile (that one's print editions supersede these).
    /// </summary>
    public LiveBuildResult? UpdatePrintEditions(CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        Site site;
        TemplateRenderer renderer;
        ArticleSummaryCache summaries;
        lock (_commit)
        {
            if (_site is null || _renderer is null || ReferenceEquals(_site, _printed))
            {
                return null;
            }
            (site, renderer, summaries) = (_site, _renderer, _summaries);
        }
        var diagnostics = new DiagnosticBag();
        List<OutputFile> editions = [];
        try
        {
            Guard(diagnostics, () => editions = SiteRenderer.PrintEditions(site, diagnostics, renderer, summaries, cancel));
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        lock (_commit)
        {
            // What went wrong while a newer update changed the book under it does not concern the book as it is.
            if (cancel.IsCancellationRequested || !ReferenceEquals(site, _site))
            {
                return null;
            }
            if (!diagnostics.HasErrors)
            {
                Guard(diagnostics, () => OutputWriter.WriteInPlace(PreviewFolder, editions, diagnostics));
            }
            if (!diagnostics.HasErrors)
            {
                _printed = site;
            }
        }
        var pages = diagnostics.HasErrors ? [] : editions.Select(f => f.Path).ToList();
        return new LiveBuildResult(diagnostics.ToSortedList(), false, pages, clock.Elapsed);
    }

    private ParallelOptions Parallelism() => new() { MaxDegreeOfParallelism = options.MaxParallelism ?? -1 };

    private static string Read(string path) =>
        File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');

    private static void Guard(DiagnosticBag diagnostics, Action build)
    {
        try
        {
            build();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            var error = e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : e;
            var id = e is IOException or UnauthorizedAccessException ? WriteDiagnosticIds.IoError : "BB5999";
            diagnostics.Error(id, new SourceLocation("briefingbook"), $"the preview could not be rebuilt: {error.GetType().Name}: {error.Message}",
                e is IOException ? "check the disk space and the permissions of the preview folder" : "this is a fault of the generator, not of the book: report it with the file that was last changed");
        }
    }
}
