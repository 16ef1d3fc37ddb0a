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

    private async Task<WatchedPage> OpenFirstArticleAsync(Access access, string lang)
    {
        var page = await book.OpenAsync(access, lang + "/index.html");
        var firstArticle = await page.Page.Locator(".article-list a").First.GetAttributeAsync("href");
        await page.GoToAsync(lang + "/" + firstArticle);
        return page;
    }
}
