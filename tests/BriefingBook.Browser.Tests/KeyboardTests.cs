using BriefingBook.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BriefingBook.Browser.Tests;

/// <summary>A keyboard reader: the skip link comes first and leads to the content, and the focus is always visible.</summary>
[Collection(BookCollection.Name)]
public sealed class KeyboardTests(BuiltBook book)
{
    [BrowserTheory]
    [InlineData("fr", ColorScheme.Light)]
    [InlineData("en", ColorScheme.Dark)]
    public async Task The_first_Tab_shows_the_skip_link_which_leads_to_the_content(string lang, ColorScheme scheme)
    {
        await using var page = await book.OpenAsync(Access.Http, lang + "/glossary.html", scheme);
        await page.Page.Keyboard.PressAsync("Tab");

        var skip = page.Page.Locator(".skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"), "the first Tab does not reach the skip link");
        Assert.True(await skip.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.height > 0; }"),
            "the focused skip link is off screen");

        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'main'");
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.True(await page.Page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "after the skip link, Tab does not continue inside the content");
        Assert.Empty(page.Errors);
    }

    [BrowserTheory]
    [InlineData("fr", ColorScheme.Light)]
    [InlineData("en", ColorScheme.Dark)]
    public async Task Every_focused_link_of_an_article_shows_an_outline(string lang, ColorScheme scheme)
    {
        await using var page = await book.OpenAsync(Access.Http, lang + "/index.html", scheme);
        var firstArticle = await page.Page.Locator(".article-list a").First.GetAttributeAsync("href");
        await page.GoToAsync(lang + "/" + firstArticle);

        var focused = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 40; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            var outline = await page.Page.EvaluateAsync<string>("""
                () => {
                  const e = document.activeElement;
                  const s = getComputedStyle(e);
                  return e.tagName + ' ' + (e.getAttribute('href') || '') + '|' + s.outlineStyle + '|' + s.outlineWidth;
                }
                """);
            var parts = outline.Split('|');
            Assert.True(parts[1] != "none" && parts[2] != "0px", $"no visible focus on {parts[0]} ({parts[1]} {parts[2]})");
            focused.Add(parts[0]);
        }
        // The walk went through the page, not round one element.
        Assert.True(focused.Count >= 10, $"Tab reached only {focused.Count} distinct elements");
    }
}
