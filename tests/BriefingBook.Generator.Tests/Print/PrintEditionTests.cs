using AngleSharp.Html.Parser;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Print;

/// <summary>The print editions of the repository book follow the print contract: one document, unique ids, links inside it.</summary>
public sealed class PrintEditionTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "bb-print-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void Each_language_has_one_self_contained_print_document_whose_links_stay_inside_it()
    {
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(RepositoryRoot.Path, "site.yml"), OutputFolder = _output });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        foreach (var language in new[] { "fr", "en" })
        {
            var html = File.ReadAllText(Path.Combine(_output, language, "print.html"));
            var document = new HtmlParser().ParseDocument(html);
            Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
            Assert.Empty(document.QuerySelectorAll("link[rel=stylesheet], script, iframe, object, embed"));
            Assert.Contains("@page", document.QuerySelector("head style")!.TextContent);

            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            var idSet = ids.ToHashSet(StringComparer.Ordinal);
            foreach (var link in document.QuerySelectorAll("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                Assert.True(href.StartsWith('#') ? idSet.Contains(href[1..]) : href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal),
                    $"{language}: '{href}' leads outside the print document or nowhere");
            }

            // Cover, contents, the articles in book order, then the back matter, as the contract lists them.
            var sections = document.Body!.Children.Select(c => string.IsNullOrEmpty(c.Id) ? c.LocalName : c.Id).ToList();
            Assert.Equal(["cover", "contents", "main", "glossary", "people", "chronology", "index"], sections);
            var siteOrder = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_output, language, "index.html")))
                .QuerySelectorAll(".contents a").Select(a => a.TextContent.Trim()).ToList();
            var printOrder = document.QuerySelectorAll(".chapter .chapter-title").Select(h => h.TextContent.Trim()).ToList();
            Assert.Equal(siteOrder, printOrder);
            Assert.Equal(printOrder, document.QuerySelectorAll(".toc-article > a").Select(a => a.TextContent.Trim()));

            // The edition date comes from the content, never from the clock.
            Assert.Equal("2026-11-21", document.QuerySelector("meta[name='dcterms.created']")!.GetAttribute("content"));
            Assert.Equal("2026-11-21", document.QuerySelector(".cover-date time")!.GetAttribute("datetime"));

            // Footnotes are inline where they are called; the site's note list and tooltips are gone.
            Assert.NotEmpty(document.QuerySelectorAll(".chapter p span.footnote"));
            Assert.Empty(document.QuerySelectorAll(".footnotes, .footnote-ref, .entry-tip, [aria-describedby]"));
            Assert.NotEmpty(document.QuerySelectorAll(".editor-note .note-label"));
            Assert.NotEmpty(document.QuerySelectorAll("blockquote .attribution"));

            // Every index reference lies in an article and comes after it, so the index can print its page.
            var refs = document.QuerySelectorAll("a.page-ref").ToList();
            Assert.True(refs.Count > 50, $"{language}: only {refs.Count} page references");
            Assert.All(refs, r => Assert.NotNull(document.GetElementById(r.GetAttribute("href")![1..])!.Closest(".chapter")));
            Assert.All(document.QuerySelectorAll(".index-refs"), r => Assert.Empty(r.TextContent));

            // The home page links the print edition.
            Assert.Contains("href=\"print.html\"", File.ReadAllText(Path.Combine(_output, language, "index.html")));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
