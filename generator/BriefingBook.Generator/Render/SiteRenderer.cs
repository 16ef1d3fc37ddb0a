using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Write;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Generator.Render;

/// <summary>
/// The render stage: renders every planned page in parallel (each page's layout, then
/// <c>layouts/base.html</c> around it) and returns the files in a stable order, and, apart, the print
/// editions. A live rebuild passes the renderer of the previous build, to reuse its parsed templates,
/// and the pages to render again.
/// </summary>
public static class SiteRenderer
{
    public const string BaseLayout = "layouts/base.html";

    /// <summary>The output path of every page the book has, in order: a change that alters this list alters every page's navigation.</summary>
    public static IReadOnlyList<string> PlannedPaths(Site site, TemplateLookup lookup)
    {
        var models = new TemplateModelBuilder(site, UiStrings.Load(site.Config, lookup, new DiagnosticBag()));
        return new RenderPlanner(site, models).Plan().Select(j => j.OutputPath).ToList();
    }

    public static (List<OutputFile> Files, List<(string Path, IReadOnlyDictionary<string, string> Alternates)> Sitemap) Render(
        Site site, DiagnosticBag diagnostics, IProgress<BuildProgress>? progress = null, TemplateRenderer? renderer = null,
        IReadOnlySet<string>? only = null, ArticleSummaryCache? summaries = null)
    {
        var lookup = renderer?.Lookup ?? new TemplateLookup(site.Config);
        var strings = UiStrings.Load(site.Config, lookup, diagnostics);
        if (diagnostics.HasErrors)
        {
            return ([], []);
        }
        var models = new TemplateModelBuilder(site, strings, summaries);
        var planned = new RenderPlanner(site, models).Plan();
        var jobs = only is null ? planned : planned.Where(j => only.Contains(j.OutputPath)).ToList();
        renderer ??= new TemplateRenderer(site.Config, lookup);
        var results = new OutputFile?[jobs.Count];
        var done = 0;
        Parallel.For(0, jobs.Count, site.Parallelism, i =>
        {
            var job = jobs[i];
            var page = job.Page(job.Alternates);
            var globals = models.Globals(job.Language, job.OutputPath, page, job.Alternates);
            var body = renderer.Render(job.Layout, job.Language, [globals], job.RequestedBy, job.OutputPath, diagnostics);
            if (body is not null)
            {
                var content = new ScriptObject();
                content.SetValue("content", body, true);
                var html = renderer.Render(BaseLayout, job.Language, [globals, content], new SourceLocation(site.Config.ConfigPath), job.OutputPath, diagnostics);
                if (html is not null)
                {
                    results[i] = OutputFile.Text(job.OutputPath, html);
                }
            }
            progress?.Report(new BuildProgress(BuildStage.Render, Interlocked.Increment(ref done), jobs.Count));
        });
        var sitemap = planned.Where(j => j.InSitemap).Select(j => (j.OutputPath, j.Alternates)).ToList();
        return ([.. results.OfType<OutputFile>()], sitemap);
    }

    /// <summary>
    /// The print edition of each language that has articles, built after the pages (whose rendering reports the
    /// problems of the interface texts, which both need); <paramref name="cancel"/> stops it between articles.
    /// </summary>
    public static List<OutputFile> PrintEditions(Site site, DiagnosticBag diagnostics, TemplateRenderer? renderer = null,
        ArticleSummaryCache? summaries = null, CancellationToken cancel = default)
    {
        var lookup = renderer?.Lookup ?? new TemplateLookup(site.Config);
        var alreadyReported = new DiagnosticBag();
        var strings = UiStrings.Load(site.Config, lookup, alreadyReported);
        if (alreadyReported.HasErrors)
        {
            return [];
        }
        var print = new Print.PrintEditionBuilder(site, new TemplateModelBuilder(site, strings, summaries), renderer ?? new TemplateRenderer(site.Config, lookup), lookup);
        var editions = new List<OutputFile>();
        foreach (var language in site.Config.Languages)
        {
            if (print.Build(language.Code, diagnostics, cancel) is { } edition)
            {
                editions.Add(edition);
            }
        }
        return editions;
    }
}
