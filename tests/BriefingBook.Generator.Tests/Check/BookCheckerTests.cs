using System.Text.Json;
using BriefingBook.Generator.Check;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Check;

public sealed class BookCheckerTests : IDisposable
{
    private readonly TestSite _site = new();

    private BuildResult Check() => BookChecker.Run(new BuildOptions { ConfigPath = Path.Combine(_site.Root, "site.yml") });

    [Fact]
    public void A_sound_book_has_no_problem_and_nothing_is_written()
    {
        var result = Check();
        Assert.Empty(result.Diagnostics);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void A_translation_updated_after_the_other_is_reported_on_the_older_one()
    {
        _site.Write("content/en/articles/alpha.md", TestSite.Article("Alpha in English", "alpha", "First brief.", "Text.\n", "updated: 2026-12-01\n"));
        var warning = Assert.Single(Check().Diagnostics, d => d.Id == CheckDiagnosticIds.OutdatedTranslation);
        Assert.Equal("content/fr/articles/alpha.md", warning.Path);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("2026-11-21", warning.Message);
        Assert.Contains("2026-12-01", warning.Message);
    }

    [Fact]
    public void An_entry_no_text_mentions_is_reported_and_one_that_is_mentioned_is_not()
    {
        _site.Write("content/fr/glossary/otan.md", "---\nname: OTAN\ndefinition: L'alliance.\n---\nTexte.\n")
            .Write("content/en/glossary/otan.md", "---\nname: NATO\ndefinition: The alliance.\n---\nText.\n")
            .Write("content/en/articles/alpha.md", TestSite.Article("Alpha in English", "alpha", "First brief.", "NATO grows.\n"));
        var unmentioned = Assert.Single(Check().Diagnostics, d => d.Id == CheckDiagnosticIds.EntryNeverMentioned);
        Assert.Equal("content/fr/glossary/otan.md", unmentioned.Path);
    }

    [Fact]
    public void An_image_without_text_alternative_is_an_error_at_its_line()
    {
        _site.Write("content/fr/articles/alpha.md", TestSite.Article("Alpha en français", "alpha", "Premier.", "Texte.\n\n![](carte.png)\n\n![Une carte](autre.png)\n"));
        var error = Assert.Single(Check().Diagnostics, d => d.Id == CheckDiagnosticIds.ImageWithoutAltText);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(("content/fr/articles/alpha.md", 10, 1), (error.Path, error.Line, error.Column));
        Assert.Contains("carte.png", error.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_even_after_a_stage_with_errors()
    {
        _site.Write("content/fr/articles/beta.md", "---\ntitle: [oops\n---\nTexte.\n")
            .Write("content/en/articles/alpha.md", TestSite.Article("Alpha in English", "alpha", "First.", "See [[nowhere]] and ![](x.png).\n"))
            .Write("content/en/glossary/otan.md", "---\nname: NATO\ndefinition: The alliance.\nsee_also: [missing]\n---\nText.\n");
        var ids = Check().Diagnostics.Select(d => d.Id).ToHashSet();
        Assert.Contains("BB2002", ids);
        Assert.Contains("BB3006", ids);
        Assert.Contains("BB3005", ids);
        Assert.Contains(CheckDiagnosticIds.ImageWithoutAltText, ids);
        Assert.Contains(CheckDiagnosticIds.EntryNeverMentioned, ids);
    }

    [Fact]
    public void The_json_report_follows_its_schema()
    {
        _site.Write("content/en/articles/alpha.md", TestSite.Article("Alpha in English", "alpha", "First.", "See [[nowhere]].\n"));
        var json = JsonDocument.Parse(CheckReportJson.Write(Check().Diagnostics)).RootElement;
        Assert.Equal(1, json.GetProperty("version").GetInt32());
        Assert.Equal(1, json.GetProperty("errors").GetInt32());
        var item = json.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal(["id", "severity", "path", "line", "column", "message", "hint"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("BB3006", item.GetProperty("id").GetString());
        Assert.Equal("error", item.GetProperty("severity").GetString());
        Assert.Equal("content/en/articles/alpha.md", item.GetProperty("path").GetString());
        Assert.Contains("[[nowhere]]", item.GetProperty("message").GetString());
    }

    public void Dispose() => _site.Dispose();
}
