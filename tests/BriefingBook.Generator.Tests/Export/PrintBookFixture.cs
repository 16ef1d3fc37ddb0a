using BriefingBook.Generator.Export;

namespace BriefingBook.Generator.Tests.Export;

/// <summary>
/// Renders the realistic five-article print book once for the tests that read it. Set BRIEFINGBOOK_KEEP_PDF to a
/// folder to keep a copy of the PDF there for a person to look at.
/// </summary>
public sealed class PrintBookFixture : IDisposable
{
    public const int ArticleCount = 5;

    private readonly Lazy<(PrintOutputFolder Folder, PdfExportResult Result, PdfInspector Pdf)> _book;

    public PrintBookFixture()
    {
        _book = new(() =>
        {
            var folder = new PrintOutputFolder(PrintBookBuilder.Build(ArticleCount));
            var result = folder.ExportAsync().GetAwaiter().GetResult();
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("the sample book did not render: " + result.Error);
            }
            if (Environment.GetEnvironmentVariable("BRIEFINGBOOK_KEEP_PDF") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                File.Copy(result.TargetPath, Path.Combine(keep, "sample-book.pdf"), overwrite: true);
                File.Copy(folder.DocumentPath, Path.Combine(keep, "sample-book.html"), overwrite: true);
            }
            return (folder, result, new PdfInspector(result.TargetPath));
        });
    }

    internal PdfExportResult Result => _book.Value.Result;

    internal PdfInspector Pdf => _book.Value.Pdf;

    public void Dispose()
    {
        if (_book.IsValueCreated)
        {
            _book.Value.Folder.Dispose();
        }
    }
}
