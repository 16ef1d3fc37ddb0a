using BriefingBook.Generator.Export;

namespace BriefingBook.Generator.Tests.Export;

/// <summary>A temporary output folder holding a print document and the print stylesheet, deleted after use.</summary>
internal sealed class PrintOutputFolder : IDisposable
{
    public PrintOutputFolder(string html, string documentName = "print.html")
    {
        Path = Directory.CreateTempSubdirectory("bb-print-").FullName;
        File.Copy(RepositoryFiles.PrintStylesheet, System.IO.Path.Combine(Path, "print.css"));
        DocumentPath = System.IO.Path.Combine(Path, documentName);
        File.WriteAllText(DocumentPath, html);
    }

    public string Path { get; }

    public string DocumentPath { get; }

    public string PdfPath => System.IO.Path.Combine(Path, "book.pdf");

    public PdfExportRequest Request(PaperSize paper = PaperSize.A4) =>
        new(DocumentPath, Path, PdfPath) { PaperSize = paper, Timeout = TimeSpan.FromMinutes(5) };

    public async Task<PdfExportResult> ExportAsync(PaperSize paper = PaperSize.A4)
    {
        var engine = PdfEngineLocator.Machine.Engine ?? throw new InvalidOperationException("WeasyPrint is absent");
        return await new PdfExporter(engine).ExportAsync(Request(paper));
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
