using BriefingBook.Generator.Export;

namespace BriefingBook.Generator.Tests.Export;

/// <summary>How an export fails, times out and replaces its target, with a stand-in engine or the real one.</summary>
public sealed class PdfExporterTests : IDisposable
{
    private static readonly byte[] PreviousPdf = "%PDF-1.7 the previous edition"u8.ToArray();

    private readonly FakeEngine _fake = new();
    private readonly PrintOutputFolder _output = new("<!DOCTYPE html><html lang=\"fr\"><title>T</title><p>Texte</p></html>");

    public PdfExporterTests() => File.WriteAllBytes(_output.PdfPath, PreviousPdf);

    [Fact]
    public async Task An_engine_crash_is_reported_in_one_line_and_leaves_the_previous_pdf()
    {
        // The stand-in writes half a PDF where it was told to, then dies with a Python traceback.
        var engine = _fake.Engine("""
            target=$(sed -n 's/.*"target":"\([^"]*\)".*/\1/p')
            printf 'half a pdf' > "$target"
            echo 'Traceback (most recent call last):' >&2
            echo '  File "/usr/lib/python3/dist-packages/weasyprint/layout/page.py", line 12, in make_page' >&2
            echo '    raise LayoutError()' >&2
            echo 'weasyprint.layout.LayoutError: the page cannot hold the footnote area' >&2
            exit 1
            """);

        var result = await new PdfExporter(engine).ExportAsync(_output.Request());

        Assert.False(result.Succeeded);
        Assert.Equal("the PDF engine failed: weasyprint.layout.LayoutError: the page cannot hold the footnote area", result.Error);
        Assert.Equal(PreviousPdf, File.ReadAllBytes(_output.PdfPath));
        Assert.Equal(["book.pdf", "print.css", "print.html"], Directory.GetFiles(_output.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task The_driver_error_line_wins_over_the_error_output()
    {
        var engine = _fake.Engine("""
            echo 'some warning' >&2
            echo '{"error": "OSError: cannot load library pango"}'
            exit 1
            """);

        var result = await new PdfExporter(engine).ExportAsync(_output.Request());

        Assert.Equal("the PDF engine failed: OSError: cannot load library pango", result.Error);
    }

    [Fact]
    public async Task An_engine_that_runs_too_long_is_stopped_and_reported()
    {
        var engine = _fake.Engine("sleep 30");
        var request = _output.Request() with { Timeout = TimeSpan.FromSeconds(1) };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await new PdfExporter(engine).ExportAsync(request);

        Assert.False(result.Succeeded);
        Assert.Equal("the PDF engine did not finish within 1 s and was stopped", result.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"stopped after {clock.Elapsed}");
        Assert.Equal(PreviousPdf, File.ReadAllBytes(_output.PdfPath));
    }

    [Fact]
    public async Task Cancelling_stops_the_engine_and_leaves_the_previous_pdf()
    {
        var engine = _fake.Engine("sleep 30");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PdfExporter(engine).ExportAsync(_output.Request(), cancel.Token));

        Assert.Equal(PreviousPdf, File.ReadAllBytes(_output.PdfPath));
        Assert.Equal(3, Directory.GetFiles(_output.Path).Length);
    }

    [Fact]
    public async Task An_engine_that_cannot_start_is_reported()
    {
        var result = await new PdfExporter(new PdfEngine("/nonexistent/python3", "57.2")).ExportAsync(_output.Request());

        Assert.False(result.Succeeded);
        Assert.StartsWith("the PDF engine", result.Error);
        Assert.Equal(PreviousPdf, File.ReadAllBytes(_output.PdfPath));
    }

    [Fact]
    public async Task A_document_outside_the_output_folder_is_refused_before_the_engine_runs()
    {
        var engine = _fake.Engine("echo ran > \"$0.ran\"");
        using var elsewhere = new PrintOutputFolder("<p>elsewhere</p>");
        var request = new PdfExportRequest(elsewhere.DocumentPath, _output.Path, _output.PdfPath);

        var result = await new PdfExporter(engine).ExportAsync(request);

        Assert.False(result.Succeeded);
        Assert.Contains("is outside the output folder", result.Error);
        Assert.False(File.Exists(engine.InterpreterPath + ".ran"));
        Assert.Equal(PreviousPdf, File.ReadAllBytes(_output.PdfPath));
    }

    [Fact]
    public async Task A_missing_document_is_reported()
    {
        var request = new PdfExportRequest(Path.Combine(_output.Path, "missing.html"), _output.Path, _output.PdfPath);

        var result = await new PdfExporter(_fake.Engine("exit 0")).ExportAsync(request);

        Assert.False(result.Succeeded);
        Assert.Contains("does not exist", result.Error);
    }

    [WeasyPrintFact]
    public async Task A_successful_export_replaces_the_previous_pdf()
    {
        var result = await _output.ExportAsync();

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(1, result.Pages);
        Assert.NotEqual(PreviousPdf, File.ReadAllBytes(_output.PdfPath));
        Assert.Contains("Texte", new PdfInspector(_output.PdfPath).Pages[0]);
        Assert.Equal(["book.pdf", "print.css", "print.html"], Directory.GetFiles(_output.Path).Select(Path.GetFileName).Order());
    }

    [WeasyPrintFact]
    public async Task Letter_paper_overrides_the_stylesheet_size()
    {
        var result = await _output.ExportAsync(PaperSize.Letter);

        Assert.True(result.Succeeded, result.Error);
        Assert.StartsWith("612 x 792", new PdfInspector(_output.PdfPath).Info()["Page size"]);
    }

    [WeasyPrintFact]
    public async Task Repeated_page_references_stay_as_printed_when_merging_is_off()
    {
        using var book = new PrintOutputFolder(PrintBookBuilder.Build(articles: 1, paragraphsPerSection: "4-4"));
        var result = await new PdfExporter(PdfEngineLocator.Machine.Engine!)
            .ExportAsync(book.Request() with { MergeRepeatedPageReferences = false });

        Assert.True(result.Succeeded, result.Error);
        var pdf = new PdfInspector(result.TargetPath);
        var index = pdf.FlatText(pdf.Destinations()["index"]);
        Assert.Matches(@"OTAN, (\d+), \1\b", index);
    }

    [WeasyPrintFact]
    public async Task The_same_document_gives_the_same_bytes()
    {
        using var book = new PrintOutputFolder(PrintBookBuilder.Build(articles: 2));
        var first = await book.ExportAsync();
        var firstBytes = File.ReadAllBytes(first.TargetPath);
        var second = await book.ExportAsync();

        Assert.True(second.Succeeded, second.Error);
        Assert.Equal(firstBytes, File.ReadAllBytes(second.TargetPath));
    }

    public void Dispose()
    {
        _fake.Dispose();
        _output.Dispose();
    }
}
