using BriefingBook.Browser.Tests.Infrastructure;

namespace BriefingBook.Browser.Tests;

[Collection(BookCollection.Name)]
public sealed class LanguageSwitchTests(BuiltBook book)
{
    [BrowserTheory]
    [InlineData(Access.Disk, "fr", "en")]
    [InlineData(Access.Http, "fr", "en")]
    [InlineData(Access.Disk, "en", "fr")]
    [InlineData(Access.Http, "en", "fr")]
    public async Task The_switch_lands_on_the_counterpart_article_at_the_section_being_read(Access access, string lang, string other)
    {
        await using var page = await book.OpenAsync(access, lang + "/index.html");
        var firstArticle = await page.Page.Locator(".article-list a").First.GetAttributeAsync("href");
        await page.GoToAsync(lang + "/" + firstArticle);
        var counterpart = Resolve(page.RelativePath, await page.Page.Locator($"link[rel=alternate][hreflang={other}]").GetAttributeAsync("href"));

        var link = page.Page.Locator($".language-switch a[hreflang={other}]");
        var sections = (await link.GetAttributeAsync("data-sections") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(sections.Length >= 3, "the article shares fewer than three sections with its translation");
        // Read a section in the middle of the article: one whose heading can reach the top of the screen.
        var section = await page.Page.EvaluateAsync<string>("""
            ids => {
              const candidates = ids.slice(1).concat(ids.slice(0, 1));
              for (const id of candidates) {
                document.getElementById(id).scrollIntoView({ block: 'start' });
                if (document.getElementById(id).getBoundingClientRect().top < innerHeight / 4) return id;
              }
              return null;
            }
            """, sections);
        Assert.NotNull(section);
        // Like a reader, scroll up a little (in a later frame than the scroll down): the header, tucked away
        // while reading down, comes back.
        await page.Page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        await page.Page.EvaluateAsync("() => window.scrollBy(0, -60)");
        await page.Page.WaitForFunctionAsync("() => document.querySelector('.site-header').getBoundingClientRect().top >= 0");
        var box = await link.BoundingBoxAsync();
        Assert.NotNull(box);
        await page.Page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.Page.WaitForURLAsync(url => url.Contains("/" + other + "/"));

        Assert.Equal(counterpart, page.RelativePath);
        Assert.Equal(section, page.Fragment);
        var target = page.Page.Locator("#" + section);
        Assert.Equal("H2", await target.EvaluateAsync<string>("e => e.tagName"));
        Assert.True(await target.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"),
            "the section's heading is not on screen after the switch");
        Assert.Empty(page.Errors);
    }

    [BrowserTheory]
    [InlineData(Access.Disk)]
    [InlineData(Access.Http)]
    public async Task At_the_top_of_an_article_the_switch_leads_to_the_start_of_the_counterpart(Access access)
    {
        await using var page = await book.OpenAsync(access, "en/index.html");
        var firstArticle = await page.Page.Locator(".article-list a").First.GetAttributeAsync("href");
        await page.GoToAsync("en/" + firstArticle);
        await page.Page.Locator(".language-switch a[hreflang=fr]").ClickAsync();
        await page.Page.WaitForURLAsync(url => url.Contains("/fr/"));

        Assert.StartsWith("fr/articles/", page.RelativePath);
        Assert.Equal("", page.Fragment);
    }

    /// <summary>Resolves a relative link against the page's path, both relative to the output folder.</summary>
    private static string Resolve(string pagePath, string? href)
    {
        var resolved = new Uri(new Uri("http://book/" + pagePath), href ?? "");
        return Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/'));
    }
}
