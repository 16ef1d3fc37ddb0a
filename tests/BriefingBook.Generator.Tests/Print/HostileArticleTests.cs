using BriefingBook.Generator.Tests.Export;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Print;

/// <summary>An article with raw HTML that reaches for local files gets none of them into the print edition or the PDF.</summary>
public sealed class HostileArticleTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly string _outside = Directory.CreateTempSubdirectory("bb-secret-").FullName;

    [WeasyPrintFact]
    public void No_text_from_a_file_outside_the_output_folder_reaches_the_pdf()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.html"), "<p>SECRET-FRAME-TEXT</p>");
        File.WriteAllText(Path.Combine(_outside, "secret.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"40\"><text x=\"0\" y=\"20\">SECRET-IMAGE-TEXT</text></svg>");
        var escape = string.Concat(Enumerable.Repeat("../", 12)) + _outside.TrimStart('/');
        _site.Write("site.yml", TestSite.SiteYml + "\nmarkdown:\n  allow_html: true\n");
        _site.Write("content/fr/articles/alpha.md", TestSite.Article("Alpha en français", "alpha", "Premier dossier.", $"""
            ## Contexte {"{"}#context{"}"}

            Texte visible.

            <img src="/etc/hostname" alt="">
            <img src="{escape}/secret.svg" alt="">
            <img src="file://{_outside}/secret.svg" alt="">
            <iframe src="file:///etc/passwd"></iframe>
            <iframe src="file://{_outside}/secret.html"></iframe>
            <object data="file:///etc/passwd"></object>
            <embed src="{escape}/secret.html">
            <p style="background: url(file:///etc/passwd)">Fin.</p>
            <a href="file:///etc/passwd">un lien local</a>

            """));
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(_site.Root, "site.yml"), Pdf = PdfMode.Build });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));

        var print = _site.Read("fr/print.html");
        Assert.Contains("Texte visible.", print);
        // Whatever the article's HTML became, no element of the print edition points at a file.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(print);
        foreach (var element in document.QuerySelectorAll("[src], [href], [data], [style]"))
        {
            var reference = string.Join(" ", new[] { "src", "href", "data", "style" }.Select(element.GetAttribute));
            Assert.DoesNotContain("file:", reference);
            Assert.DoesNotContain("/etc/", reference);
            Assert.DoesNotContain(Path.GetFileName(_outside), reference);
        }
        Assert.Empty(document.QuerySelectorAll("iframe, object, embed"));

        var pdf = new PdfInspector(Path.Combine(_site.Output, "briefing-book.fr.pdf"));
        var text = string.Join("\n", pdf.Pages);
        Assert.Contains("Texte visible.", text);
        Assert.DoesNotContain("SECRET-", text);
        Assert.DoesNotContain("root:", text);
        var hostname = File.Exists("/etc/hostname") ? File.ReadAllText("/etc/hostname").Trim() : "";
        if (hostname.Length >= 6)
        {
            Assert.DoesNotContain(hostname, text);
        }
        Assert.Empty(pdf.Attachments());
        Assert.All(Enumerable.Range(1, pdf.Pages.Count).SelectMany(pdf.Links), link => Assert.False(link.Uri?.StartsWith("file:") ?? false));
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
    }
}
