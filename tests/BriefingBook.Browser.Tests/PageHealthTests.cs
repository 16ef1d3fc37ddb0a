using BriefingBook.Browser.Tests.Infrastructure;

namespace BriefingBook.Browser.Tests;

/// <summary>Every kind of page loads without a console error and without asking for anything outside the book.</summary>
[Collection(BookCollection.Name)]
public sealed class PageHealthTests(BuiltBook book)
{
    [BrowserTheory]
    [InlineData(Access.Disk, "fr")]
    [InlineData(Access.Http, "fr")]
    [InlineData(Access.Disk, "en")]
    [InlineData(Access.Http, "en")]
    public async Task Pages_load_without_errors_or_outside_requests(Access access, string lang)
    {
        var folder = Path.Combine(book.Output, lang);
        var paths = new List<string> { "index.html" };
        paths.AddRange(new[] { "index.html", "glossary.html", "people.html", "book-index.html", "chronology.html", "404.html", "tags/index.html" }
            .Select(p => lang + "/" + p));
        paths.AddRange(Directory.GetFiles(Path.Combine(folder, "articles"), "*.html").Order().Select(p => lang + "/articles/" + Path.GetFileName(p)));
        paths.AddRange(Directory.GetFiles(Path.Combine(folder, "pages"), "*.html").Order().Select(p => lang + "/pages/" + Path.GetFileName(p)));
        paths.Add(lang + "/tags/" + Path.GetFileName(Directory.GetFiles(Path.Combine(folder, "tags"), "*.html").Order().First(p => !p.EndsWith("index.html", StringComparison.Ordinal))));

        Assert.True(paths.Count >= 14, $"only {paths.Count} pages to visit");
        await using var page = await book.OpenAsync(access, paths[0]);
        foreach (var path in paths)
        {
            await page.GoToAsync(path);
            await page.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
            Assert.Equal(path, page.RelativePath);
            Assert.Equal(path == "index.html" ? "fr" : lang, await page.Page.GetAttributeAsync("html", "lang"));
            var stylesApplied = await page.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.skip-link')).position");
            Assert.Equal("absolute", stylesApplied);
        }
        Assert.Empty(page.Errors);
        Assert.Empty(page.OutsideRequests);
    }
}
