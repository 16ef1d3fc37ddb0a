using System.Text.RegularExpressions;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Diagnostics;

public sealed partial class DiagnosticFormatTests
{
    [Fact]
    public void Every_message_has_the_tool_shape_and_a_hint()
    {
        using var site = new TestSite()
            .Write("content/fr/articles/alpha.md", "---\ntitle: A\ntitle: B\n---\n")
            .Write("content/en/articles/alpha.md", "---\nsummary: x\ntags: [Bad Tag]\n---\n<b>raw</b> [x](javascript:y)\n")
            .Write("content/fr/articles/beta.md", "---\ntitle: B\nslug: ../x\n---\n")
            .Write("content/de/articles/x.md", "---\ntitle: X\n---\n")
            .Write("content/chronology.yml", "- date: soon\n  fr: a\n");
        var result = site.Build();
        Assert.True(result.Diagnostics.Count >= 5, string.Join("\n", result.Diagnostics));
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.Matches(Shape(), diagnostic.ToString());
        }
    }

    [Fact]
    public void Diagnostics_are_sorted_by_file_and_position()
    {
        using var site = new TestSite()
            .Write("content/fr/articles/alpha.md", "---\ntitle: A\norder: x\ndraft: y\n---\n")
            .Write("content/en/articles/alpha.md", "---\norder: x\n---\n");
        var diagnostics = site.Build().Diagnostics;
        var keys = diagnostics.Select(d => (d.Path, d.Line, d.Column)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Path, StringComparer.Ordinal).ThenBy(k => k.Line).ThenBy(k => k.Column), keys);
    }

    [GeneratedRegex(@"^[^\n(]+\(\d+,\d+\): (error|warning) BB\d{4}: [^\n]+\n  hint: [^\n]+$")]
    private static partial Regex Shape();
}
