using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Export;
using BriefingBook.Generator.Tests.Export;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Print;

/// <summary>How <c>build</c> and <c>pdf</c> treat the PDF step: a missing engine, a failing one, and the previous PDFs.</summary>
public sealed class PdfWiringTests : IDisposable
{
    private static readonly byte[] PreviousPdf = "%PDF-1.7 the previous edition"u8.ToArray();
    private readonly TestSite _site = new();
    private readonly FakeEngine _fake = new();

    private BuildResult Build(PdfMode mode, PdfEngineProbe engine) => SiteBuilder.Build(new BuildOptions
    {
        ConfigPath = Path.Combine(_site.Root, "site.yml"),
        Pdf = mode,
        PdfEngine = engine,
    });

    private static PdfEngineProbe Missing => new(null, "weasyprint was not found on the PATH");

    [Fact]
    public void Without_the_engine_the_site_is_built_and_one_warning_says_how_to_install_it()
    {
        var result = Build(PdfMode.Build, Missing);
        Assert.True(result.Succeeded);
        Assert.True(_site.Exists("fr/index.html"));
        Assert.True(_site.Exists("fr/print.html"));
        var warning = Assert.Single(result.Diagnostics, d => d.Id == PdfDiagnosticIds.EngineMissing);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("apt-get install weasyprint", warning.Message);
        Assert.DoesNotContain('\n', warning.ToString());
        Assert.DoesNotContain(".pdf", _site.Read("fr/index.html"));
    }

    [Fact]
    public void Site_yml_can_make_a_missing_engine_an_error_that_still_leaves_the_site()
    {
        _site.Write("site.yml", TestSite.SiteYml + "\npdf:\n  missing_engine: error\n");
        var result = Build(PdfMode.Build, Missing);
        Assert.False(result.Succeeded);
        Assert.True(result.OutputWritten);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics, d => d.Id == PdfDiagnosticIds.EngineMissing).Severity);
        Assert.True(_site.Exists("fr/articles/alpha.html"));
    }

    [Fact]
    public void A_failed_pdf_keeps_the_previous_one_and_the_new_site()
    {
        Assert.True(Build(PdfMode.Skip, Missing).Succeeded);
        File.WriteAllBytes(Path.Combine(_site.Output, "briefing-book.fr.pdf"), PreviousPdf);
        File.WriteAllBytes(Path.Combine(_site.Output, "briefing-book.en.pdf"), PreviousPdf);
        _site.Write("content/fr/articles/alpha.md", TestSite.Article("Alpha revu", "alpha", "Premier dossier.", "Texte neuf.\n"));
        var failing = new PdfEngineProbe(_fake.Engine("echo 'RuntimeError: the engine broke' >&2; exit 1"), "");

        var result = Build(PdfMode.Build, failing);

        Assert.False(result.Succeeded);
        Assert.True(result.OutputWritten);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == PdfDiagnosticIds.ExportFailed));
        Assert.Equal(PreviousPdf, File.ReadAllBytes(Path.Combine(_site.Output, "briefing-book.fr.pdf")));
        Assert.Contains("Alpha revu", _site.Read("fr/articles/alpha.html"));
        Assert.Contains("href=\"../briefing-book.fr.pdf\"", _site.Read("fr/index.html"));
    }

    [Fact]
    public void A_site_only_build_carries_the_previous_pdfs_and_pdf_names_come_from_site_yml()
    {
        _site.Write("site.yml", TestSite.SiteYml + "\npdf:\n  file_names: { fr: livre.pdf }\n  paper: letter\n");
        Assert.True(Build(PdfMode.Skip, Missing).Succeeded);
        File.WriteAllBytes(Path.Combine(_site.Output, "livre.pdf"), PreviousPdf);
        File.WriteAllBytes(Path.Combine(_site.Output, "briefing-book.en.pdf"), PreviousPdf);
        Assert.True(Build(PdfMode.Skip, Missing).Succeeded);
        Assert.Equal(PreviousPdf, File.ReadAllBytes(Path.Combine(_site.Output, "livre.pdf")));
        Assert.Contains("href=\"../livre.pdf\"", _site.Read("fr/index.html"));
        Assert.Contains("href=\"../briefing-book.en.pdf\"", _site.Read("en/index.html"));
    }

    [Fact]
    public void A_pdf_file_name_with_a_folder_is_refused()
    {
        _site.Write("site.yml", TestSite.SiteYml + "\npdf:\n  file_names: { fr: ../livre.pdf }\n");
        var result = Build(PdfMode.Skip, Missing);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Message.Contains("not a plain PDF file name"));
    }

    [Fact]
    public void The_pdf_command_writes_the_print_editions_and_leaves_the_site_as_it_was()
    {
        Assert.True(Build(PdfMode.Skip, Missing).Succeeded);
        var article = Path.Combine(_site.Output, "fr", "articles", "alpha.html");
        var before = File.ReadAllText(article);
        _site.Write("content/fr/articles/alpha.md", TestSite.Article("Alpha revu", "alpha", "Premier dossier.", "Texte neuf.\n"));
        var result = Build(PdfMode.Only, Missing);
        Assert.Equal(2, result.FilesWritten);
        Assert.Equal(before, File.ReadAllText(article));
        Assert.Contains("Alpha revu", _site.Read("fr/print.html"));
        Assert.Contains(result.Diagnostics, d => d.Id == PdfDiagnosticIds.EngineMissing);
    }

    public void Dispose()
    {
        _site.Dispose();
        _fake.Dispose();
        foreach (var folder in new[] { _site.Output + ".previous", _site.Output + ".staging" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
