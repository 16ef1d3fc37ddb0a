using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BriefingBook.Generator;
using BriefingBook.Generator.Export;
using BriefingBook.Generator.Print;

namespace BriefingBook.Benchmarks;

/// <summary>
/// Times the PDF step on the repository's own book, per language: the site and its print editions are built once,
/// then each run renders one language's print edition with the PDF engine. The page count is printed in the log.
/// Needs WeasyPrint; without it the benchmark says so and stops.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class RealBookPdfBenchmarks
{
    private PdfExporter? _exporter;
    private string _output = "";

    [Params("fr", "en")]
    public string Language { get; set; } = "fr";

    [GlobalSetup]
    public void Setup()
    {
        var probe = PdfEngineLocator.Machine;
        if (probe.Engine is null)
        {
            throw new InvalidOperationException($"{probe.Reason}; {PdfEngineProbe.InstallHint}");
        }
        _exporter = new PdfExporter(probe.Engine);
        _output = Path.Combine(Path.GetTempPath(), "bb-real-pdf-bench-" + Guid.NewGuid().ToString("N")[..12]);
        var site = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(Repository.Root(), "site.yml"), OutputFolder = _output });
        if (!site.Succeeded)
        {
            throw new InvalidOperationException("the book did not build: " + string.Join("; ", site.Errors.Select(e => e.Message)));
        }
    }

    [Benchmark]
    public int RenderBookPdf()
    {
        var document = Path.Combine(_output, PrintEditionBuilder.PrintPath(Language));
        var request = new PdfExportRequest(document, _output, Path.Combine(_output, $"briefing-book.{Language}.pdf"));
        var result = _exporter!.ExportAsync(request).GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Error);
        }
        Console.WriteLine($"// PDF of the book ({Language}): {result.Pages} pages, {result.Bytes / 1024} KiB, {result.Seconds:0.0} s");
        return result.Pages;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_output, recursive: true);
}
