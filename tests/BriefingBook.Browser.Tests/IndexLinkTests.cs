using BriefingBook.Browser.Tests.Infrastructure;

namespace BriefingBook.Browser.Tests;

/// <summary>
/// The back-of-book index links to the paragraph: for a term the editor marked, the paragraph that holds the
/// mark; for a glossary or who's who entry, the paragraph where it is mentioned or cross-referenced.
/// </summary>
[Collection(BookCollection.Name)]
public sealed class IndexLinkTests(BuiltBook book)
{
    [BrowserTheory]
    [InlineData(Access.Disk, "fr")]
    [InlineData(Access.Http, "fr")]
    [InlineData(Access.Disk, "en")]
    [InlineData(Access.Http, "en")]
    public async Task An_index_link_for_a_marked_term_lands_on_the_paragraph_holding_the_mark(Access access, string lang)
    {
        await using var page = await book.OpenAsync(access, lang + "/book-index.html");
        var links = await LinksAsync(page, withEntry: false, count: 12);
        var checkedLinks = 0;
        foreach (var (term, _, href) in links)
        {
            await FollowAsync(page, lang, href);
            // A mark that prints nothing leaves no trace to check; a visible one must be in the paragraph.
            var visibleOnPage = await page.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.index-term')].map(e => e.textContent)");
            if (!visibleOnPage.Any(m => Same(m, term)))
            {
                continue;
            }
            var marks = await page.Page.EvaluateAsync<string[]>(
                "id => [...document.getElementById(id).querySelectorAll('.index-term')].map(e => e.textContent)", page.Fragment);
            Assert.True(marks.Any(m => Same(m, term)), $"{href}: the paragraph holds no mark of \"{term}\"");
            checkedLinks++;
        }
        Assert.True(checkedLinks >= 3, $"only {checkedLinks} index links to visible marks were checked");
        Assert.Empty(page.Errors);
    }

    [BrowserTheory]
    [InlineData(Access.Disk, "fr")]
    [InlineData(Access.Http, "fr")]
    [InlineData(Access.Disk, "en")]
    [InlineData(Access.Http, "en")]
    public async Task A_mentioned_in_link_lands_on_the_paragraph_that_mentions_the_entry(Access access, string lang)
    {
        await using var page = await book.OpenAsync(access, lang + "/book-index.html");
        var links = await LinksAsync(page, withEntry: true, count: 4);
        Assert.NotEmpty(links);
        foreach (var (term, entryUrl, href) in links)
        {
            var key = entryUrl[(entryUrl.IndexOf('#') + 1)..];
            await FollowAsync(page, lang, href);
            var mentions = await page.Page.EvaluateAsync<int>(
                "([id, key]) => document.getElementById(id).querySelectorAll(`[data-entry=\"${key}\"], a.xref-entry[href$=\"#${key}\"]`).length",
                new[] { page.Fragment, key });
            var paragraph = await page.Page.EvaluateAsync<string>("id => document.getElementById(id).textContent", page.Fragment);
            Assert.True(mentions > 0 || Normal(paragraph).Contains(Normal(term), StringComparison.Ordinal),
                $"{href}: the paragraph does not mention \"{term}\" ({key})");
        }
        Assert.Empty(page.Errors);
    }

    /// <summary>Goes back to the index, follows one link, and checks it landed on an element on screen.</summary>
    private static async Task FollowAsync(WatchedPage page, string lang, string href)
    {
        await page.GoToAsync(lang + "/book-index.html");
        await page.Page.Locator($"a.index-locator[href=\"{href}\"]").First.ClickAsync();
        await page.Page.WaitForURLAsync(url => url.Contains('#') && !url.Contains("book-index.html"));
        Assert.NotEqual("", page.Fragment);
        Assert.True(await page.Page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", page.Fragment),
            $"{href}: no element has that id");
        await page.Page.WaitForFunctionAsync(
            "id => { const r = document.getElementById(id).getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }",
            page.Fragment, new() { Timeout = 3000 });
    }

    private static async Task<(string Term, string EntryUrl, string Href)[]> LinksAsync(WatchedPage page, bool withEntry, int count)
    {
        var rows = await page.Page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('.index-terms > li')].map(li => {
              const name = li.querySelector(':scope > .index-term-name');
              const entry = name.querySelector('a');
              const locator = li.querySelector(':scope > a.index-locator');
              return [name.textContent.trim(), entry ? entry.getAttribute('href') : '', locator ? locator.getAttribute('href') : ''];
            })
            """);
        return rows.Where(r => r[2] != "" && (r[1] != "") == withEntry)
            .Select(r => (r[0], r[1], r[2]))
            .Take(count)
            .ToArray();
    }

    private static bool Same(string a, string b) => Normal(a) == Normal(b);

    private static string Normal(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('’', '\'').ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
