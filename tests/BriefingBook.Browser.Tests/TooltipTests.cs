using BriefingBook.Browser.Tests.Infrastructure;

namespace BriefingBook.Browser.Tests;

[Collection(BookCollection.Name)]
public sealed class TooltipTests(BuiltBook book)
{
    [BrowserTheory]
    [InlineData(Access.Disk, "fr")]
    [InlineData(Access.Http, "fr")]
    [InlineData(Access.Disk, "en")]
    [InlineData(Access.Http, "en")]
    public async Task A_tooltip_opens_on_hover_and_closes_with_Escape(Access access, string lang)
    {
        await using var page = await OpenFirstArticleAsync(access, lang);
        var mention = page.Page.Locator(".article-body .entry-link").First;
        var tip = page.Page.Locator("#" + await mention.GetAttributeAsync("aria-describedby"));
        Assert.False(await tip.IsVisibleAsync(), "the tooltip shows before anything points at it");

        await mention.HoverAsync();
        await tip.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible, Timeout = 2000 });
        Assert.Equal("tooltip", await tip.GetAttributeAsync("role"));

        await page.Page.Keyboard.PressAsync("Escape");
        await tip.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Hidden, Timeout = 2000 });

        await page.Page.Mouse.MoveAsync(1, 1);
        Assert.False(await tip.IsVisibleAsync());
        Assert.Empty(page.Errors);
    }

    [BrowserTheory]
    [InlineData(Access.Disk, "fr")]
    [InlineData(Access.Http, "fr")]
    [InlineData(Access.Disk, "en")]
    [InlineData(Access.Http, "en")]
    public async Task A_tooltip_opens_on_keyboard_focus_is_announced_and_closes_with_Escape(Access access, string lang)
    {
        await using var page = await OpenFirstArticleAsync(access, lang);
        var reached = false;
        for (var i = 0; i < 80 && !reached; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            reached = await page.Page.EvaluateAsync<bool>("() => document.activeElement?.matches('.article-body .entry-link') ?? false");
        }
        Assert.True(reached, "Tab never reached a glossary mention");

        var tipId = await page.Page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-describedby')");
        var tip = page.Page.Locator("#" + tipId);
        await tip.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible, Timeout = 2000 });
        Assert.Equal("tooltip", await tip.GetAttributeAsync("role"));
        var description = await page.Page.EvaluateAsync<string>(
            "() => document.getElementById(document.activeElement.getAttribute('aria-describedby')).textContent");
        Assert.False(string.IsNullOrWhiteSpace(description));

        await page.Page.Keyboard.PressAsync("Escape");
        await tip.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Hidden, Timeout = 2000 });
        Assert.True(await page.Page.EvaluateAsync<bool>("() => document.activeElement.matches('.entry-link')"), "Escape moved the focus away");

        await page.Page.Keyboard.PressAsync("Tab");
        await page.Page.Keyboard.PressAsync("Shift+Tab");
        await tip.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible, Timeout = 2000 });
        Assert.Empty(page.Errors);
    }

    [BrowserTheory]
    [InlineData(360, "fr")]
    [InlineData(1280, "fr")]
    [InlineData(360, "en")]
    [InlineData(1280, "en")]
    public async Task The_tooltip_of_the_mention_furthest_right_stays_inside_the_viewport(int width, string lang)
    {
        await using var page = await OpenFirstArticleAsync(Access.Http, lang, width);
        await page.Page.EvaluateAsync("""
            () => {
              const links = [...document.querySelectorAll('.article-body .entry-link')];
              const rightmost = links.reduce((a, b) => b.getBoundingClientRect().right > a.getBoundingClientRect().right ? b : a);
              rightmost.setAttribute('data-edge', '');
              rightmost.scrollIntoView({ block: 'center' });
            }
            """);
        await AssertTipInsideViewportAsync(page, "[data-edge]");
    }

    [BrowserTheory]
    [InlineData(360, "right: 2px; top: 40%")]
    [InlineData(360, "right: 2px; bottom: 2px")]
    [InlineData(1280, "right: 2px; top: 40%")]
    [InlineData(1280, "right: 2px; bottom: 2px")]
    public async Task A_tooltip_opening_at_the_right_or_bottom_edge_moves_back_inside_the_viewport(int width, string place)
    {
        await using var page = await OpenFirstArticleAsync(Access.Http, "fr", width);
        await page.Page.EvaluateAsync("""
            place => {
              const entry = document.querySelector('.article-body .entry');
              entry.style.cssText = 'position: fixed; white-space: nowrap; ' + place;
              entry.querySelector('.entry-link').setAttribute('data-edge', '');
            }
            """, place);
        await AssertTipInsideViewportAsync(page, "[data-edge]");
    }

    [BrowserFact]
    public async Task An_open_tooltip_is_placed_again_when_the_window_is_resized()
    {
        await using var page = await OpenFirstArticleAsync(Access.Http, "en", 1280);
        var mention = page.Page.Locator(".article-body .entry-link").First;
        var id = await mention.GetAttributeAsync("aria-describedby");
        await mention.FocusAsync();
        await page.Page.Locator("#" + id).WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible, Timeout = 2000 });
        // The open tooltip's mention moves to the right edge, where the tooltip overflows, then the window changes size.
        await mention.EvaluateAsync("link => { link.closest('.entry').style.cssText = 'position: fixed; white-space: nowrap; right: 2px; top: 40%'; }");
        await page.Page.SetViewportSizeAsync(1000, 700);
        await page.Page.WaitForFunctionAsync("""
            id => {
              const r = document.getElementById(id).getBoundingClientRect();
              return r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth;
            }
            """, id, new() { Timeout = 2000 });
        Assert.Empty(page.Errors);
    }

    private static async Task AssertTipInsideViewportAsync(WatchedPage page, string selector)
    {
        var mention = page.Page.Locator(selector);
        var tip = page.Page.Locator("#" + await mention.GetAttributeAsync("aria-describedby"));
        await mention.HoverAsync();
        await tip.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible, Timeout = 2000 });
        var box = await tip.EvaluateAsync<double[]>("""
            tip => {
              const r = tip.getBoundingClientRect();
              return [r.left, r.top, r.right, r.bottom, document.documentElement.clientWidth, document.documentElement.clientHeight];
            }
            """);
        Assert.True(box[0] >= 0 && box[2] <= box[4], $"the tooltip spans {box[0]}–{box[2]} across a viewport {box[4]} px wide");
        Assert.True(box[1] >= 0 && box[3] <= box[5], $"the tooltip spans {box[1]}–{box[3]} down a viewport {box[5]} px high");
        Assert.Empty(page.Errors);
    }

    private async Task<WatchedPage> OpenFirstArticleAsync(Access access, string lang, int width = 1280)
    {
        var page = await book.OpenAsync(access, lang + "/index.html", width: width);
        var firstArticle = await page.Page.Locator(".article-list a").First.GetAttributeAsync("href");
        await page.GoToAsync(lang + "/" + firstArticle);
        return page;
    }
}
