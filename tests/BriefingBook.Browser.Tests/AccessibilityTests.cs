using System.Text.Json;
using BriefingBook.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BriefingBook.Browser.Tests;

/// <summary>axe-core, injected into the page, finds no serious or critical violation, in both colour schemes.</summary>
[Collection(BookCollection.Name)]
public sealed class AccessibilityTests(BuiltBook book)
{
    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var lang in new[] { "fr", "en" })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                foreach (var page in new[] { "index.html", "ARTICLE", "glossary.html", "book-index.html", "chronology.html" })
                {
                    data.Add(lang + "/" + page, scheme);
                }
            }
        }
        return data;
    }

    [NpmToolsTheory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_serious_or_critical_violation(string path, ColorScheme scheme)
    {
        if (path.EndsWith("/ARTICLE", StringComparison.Ordinal))
        {
            var lang = path[..2];
            path = lang + "/articles/" + Path.GetFileName(Directory.GetFiles(Path.Combine(book.Output, lang, "articles"), "*.html").Order().First());
        }
        await using var page = await book.OpenAsync(Access.Http, path, scheme);
        await page.Page.AddScriptTagAsync(new() { Content = await File.ReadAllTextAsync(BrowserRequirements.AxeScript) });
        var json = await page.Page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')) })));
            }
            """);
        var violations = JsonDocument.Parse(json).RootElement;
        Assert.True(violations.GetArrayLength() == 0, $"{path} ({scheme}): {json}");
        Assert.Empty(page.Errors);
    }
}
