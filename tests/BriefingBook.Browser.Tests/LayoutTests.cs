using BriefingBook.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BriefingBook.Browser.Tests;

/// <summary>
/// The look, measured: no sideways scrolling on a 360 px phone, a reading measure on wide screens, both
/// schemes. Set BRIEFINGBOOK_SCREENSHOTS to a folder to keep a screenshot of each case.
/// </summary>
[Collection(BookCollection.Name)]
public sealed class LayoutTests(BuiltBook book)
{
    public static TheoryData<string, int, ColorScheme> Cases()
    {
        var data = new TheoryData<string, int, ColorScheme>();
        foreach (var page in new[] { "fr/index.html", "en/index.html", "fr/ARTICLE", "en/ARTICLE" })
        {
            foreach (var width in new[] { 360, 1280 })
            {
                data.Add(page, width, ColorScheme.Light);
                data.Add(page, width, ColorScheme.Dark);
            }
        }
        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(Cases))]
    public async Task Pages_fit_the_screen_and_keep_a_reading_measure(string path, int width, ColorScheme scheme)
    {
        if (path.EndsWith("/ARTICLE", StringComparison.Ordinal))
        {
            var lang = path[..2];
            path = lang + "/articles/" + Path.GetFileName(Directory.GetFiles(Path.Combine(book.Output, lang, "articles"), "*.html").Order().First());
        }
        await using var page = await book.OpenAsync(Access.Http, path, scheme, width, 800);

        if (Environment.GetEnvironmentVariable("BRIEFINGBOOK_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var name = $"{path.Replace('/', '_').Replace(".html", "")}-{width}-{scheme.ToString().ToLowerInvariant()}.png";
            await page.Page.ScreenshotAsync(new() { Path = Path.Combine(folder, name) });
        }
        var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - innerWidth");
        Assert.True(overflow <= 0, $"{path} at {width} px scrolls sideways by {overflow} px");

        // Characters per line, measured on the longest paragraph: its length over its number of lines.
        var measure = await page.Page.EvaluateAsync<double>("""
            () => {
              const p = [...document.querySelectorAll('main p')].sort((a, b) => b.innerText.length - a.innerText.length)[0];
              const lines = p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight);
              return lines < 3 ? 0 : p.innerText.length / (Math.round(lines) - 0.5);
            }
            """);
        if (width >= 1280 && measure > 0)
        {
            Assert.InRange(measure, 55, 80);
        }

        var background = await page.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var dark = await page.Page.EvaluateAsync<bool>("""
            () => {
              const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
              return (r + g + b) / 3 < 128;
            }
            """);
        Assert.True(dark == (scheme == ColorScheme.Dark), $"{path} background {background} does not follow the {scheme} scheme");

        Assert.Empty(page.Errors);
    }
}
