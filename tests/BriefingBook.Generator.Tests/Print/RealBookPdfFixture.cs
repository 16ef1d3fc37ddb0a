using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingBook.Generator.Export;
using BriefingBook.Generator.Tests.Export;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Print;

/// <summary>
/// Builds the repository's book with its PDFs once, into a temporary folder, for the tests that read them. Set
/// BRIEFINGBOOK_KEEP_PDF to a folder to keep a copy of the PDFs there for a person to look at.
/// </summary>
public sealed class RealBookPdfFixture : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "bb-real-pdf-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Lazy<BuildResult> _build;

    public RealBookPdfFixture()
    {
        _build = new(() =>
        {
            var result = SiteBuilder.Build(new BuildOptions
            {
                ConfigPath = Path.Combine(RepositoryRoot.Path, "site.yml"),
                OutputFolder = _output,
                Pdf = PdfMode.Build,
            });
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("the book's PDFs were not built: " + string.Join("; ", result.Errors.Select(e => e.Message)));
            }
            if (Environment.GetEnvironmentVariable("BRIEFINGBOOK_KEEP_PDF") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                foreach (var pdf in result.Pdfs)
                {
                    File.Copy(pdf.TargetPath, Path.Combine(keep, Path.GetFileName(pdf.TargetPath)), overwrite: true);
                }
            }
            return result;
        });
    }

    public BuildResult Build => _build.Value;

    public string Output => _output;

    internal PdfInspector Pdf(string language)
    {
        _ = Build;
        var path = Path.Combine(_output, $"briefing-book.{language}.pdf");
        Assert.True(File.Exists(path), $"{path} was not made");
        return new PdfInspector(path);
    }

    public PdfExportResult Result(string language) =>
        Build.Pdfs.Single(p => Path.GetFileName(p.TargetPath) == $"briefing-book.{language}.pdf");

    /// <summary>The print edition the PDF was made from.</summary>
    public IDocument PrintDocument(string language)
    {
        _ = Build;
        return new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_output, language, "print.html")));
    }

    /// <summary>A page of the site built with the PDFs, such as <c>glossary.html</c>.</summary>
    public IDocument SiteDocument(string language, string file)
    {
        _ = Build;
        return new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_output, language, file)));
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _output, _output + ".previous", _output + ".staging" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
