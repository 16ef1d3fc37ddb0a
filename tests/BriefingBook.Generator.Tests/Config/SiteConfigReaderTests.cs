using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Config;

public sealed class SiteConfigReaderTests
{
    private static (SiteConfig? Config, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        using var site = new TestSite(withDefaults: false);
        site.Write("site.yml", yaml);
        var bag = new DiagnosticBag();
        var config = SiteConfigReader.Read(Path.Combine(site.Root, "site.yml"), bag);
        return (config, bag.ToSortedList());
    }

    [Fact]
    public void Reads_languages_titles_and_options()
    {
        var (config, diagnostics) = Read("""
            title: { fr: Titre, en: Title }
            subtitle: Same in both
            languages: [fr, { code: en, culture: en-GB }]
            base_url: https://example.org/book
            markdown: { allow_html: true }
            checks: { missing_translation: error }
            """);
        Assert.Empty(diagnostics);
        Assert.Equal(["fr", "en"], config!.Languages.Select(l => l.Code));
        Assert.Equal("Titre", config.Languages[0].Title);
        Assert.Equal("Same in both", config.Languages[1].Subtitle);
        Assert.Equal("en-GB", config.Languages[1].Culture.Name);
        Assert.Equal("https://example.org/book/", config.BaseUrl);
        Assert.True(config.Markdown.AllowHtml);
        Assert.Equal(DiagnosticSeverity.Error, config.Checks.MissingTranslation);
        Assert.EndsWith("public", config.OutputFolder);
    }

    [Fact]
    public void Base_url_is_optional()
    {
        var (config, _) = Read("title: T\nlanguages: [fr]\n");
        Assert.Null(config!.BaseUrl);
    }

    [Fact]
    public void An_unknown_key_names_its_position_and_the_closest_key()
    {
        var (config, diagnostics) = Read("title: T\nlanguages: [fr]\nmarkdown:\n  alow_html: true\n");
        Assert.Null(config);
        var d = DiagnosticAssert.Has(diagnostics, DiagnosticSeverity.Error, "BB1010", "site.yml", 4, 3);
        Assert.Contains("did you mean 'allow_html'?", d.Hint);
    }

    [Fact]
    public void A_wrong_type_is_an_error_with_its_position()
    {
        var (_, diagnostics) = Read("title: T\nlanguages: fr\n");
        DiagnosticAssert.Has(diagnostics, DiagnosticSeverity.Error, "BB1011", "site.yml", 2, 12);
    }

    [Fact]
    public void A_boolean_must_be_true_or_false()
    {
        var (_, diagnostics) = Read("title: T\nlanguages: [fr]\nmarkdown:\n  smart_punctuation: NO\n");
        DiagnosticAssert.Has(diagnostics, DiagnosticSeverity.Error, "BB1011", "site.yml", 4, 22);
    }

    [Fact]
    public void A_missing_title_for_a_language_is_reported()
    {
        var (_, diagnostics) = Read("title: { fr: Titre }\nlanguages: [fr, en]\n");
        DiagnosticAssert.Has(diagnostics, DiagnosticSeverity.Error, "BB1012", "site.yml", 1);
    }

    [Fact]
    public void Broken_references_are_errors_unless_site_yml_says_otherwise()
    {
        Assert.Equal(DiagnosticSeverity.Error, Read("title: T\nlanguages: [fr]\n").Config!.Checks.BrokenReference);
        var (config, diagnostics) = Read("title: T\nlanguages: [fr]\nchecks: { broken_reference: warning }\n");
        Assert.Empty(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, config!.Checks.BrokenReference);
        Assert.Equal(DiagnosticSeverity.Ignore, Read("title: T\nlanguages: [fr]\nchecks: { broken_reference: ignore }\n").Config!.Checks.BrokenReference);
        var (_, wrong) = Read("title: T\nlanguages: [fr]\nchecks:\n  broken_reference: warn\n");
        Assert.Contains("warning", DiagnosticAssert.Has(wrong, DiagnosticSeverity.Error, "BB1013", "site.yml", 4).Hint);
    }

    [Fact]
    public void A_misspelt_choice_gets_a_suggestion()
    {
        var (_, diagnostics) = Read("title: T\nlanguages: [fr]\nchecks: { missing_translation: eror }\n");
        var d = DiagnosticAssert.Has(diagnostics, DiagnosticSeverity.Error, "BB1013", "site.yml", 3);
        Assert.Contains("'error'", d.Hint);
    }

    [Fact]
    public void Every_error_of_the_file_is_reported_together()
    {
        var (_, diagnostics) = Read("titel: T\nlanguages: [fr, fr]\noutptu: x\n");
        Assert.Contains(diagnostics, d => d.Id == "BB1010" && d.Line == 1);
        Assert.Contains(diagnostics, d => d.Id == "BB1010" && d.Line == 3);
        Assert.Contains(diagnostics, d => d.Id == "BB1013" && d.Line == 2);
        Assert.Contains(diagnostics, d => d.Id == "BB1012");
    }

    [Fact]
    public void Deeply_nested_settings_are_refused()
    {
        var (config, diagnostics) = Read("title: " + new string('[', 10_000));
        Assert.Null(config);
        DiagnosticAssert.Has(diagnostics, DiagnosticSeverity.Error, "BB1003", "site.yml", 1);
    }

    [Fact]
    public void Template_folders_outside_the_book_are_refused()
    {
        var (_, diagnostics) = Read("title: T\nlanguages: [fr]\ntemplates: [../elsewhere]\n");
        DiagnosticAssert.Has(diagnostics, DiagnosticSeverity.Error, "BB1013", "site.yml", 3);
    }
}
