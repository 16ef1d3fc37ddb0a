using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Analyse;

public sealed class AnalyseTests
{
    [Fact]
    public void A_duplicate_slug_is_an_error()
    {
        using var site = new TestSite().Write("content/fr/articles/beta.md", "---\ntitle: Beta\nslug: alpha\ntranslation_key: beta\n---\n");
        DiagnosticAssert.HasError(site.Build(), "BB3002", "content/fr/articles/beta.md");
    }

    [Fact]
    public void A_duplicate_translation_key_is_an_error()
    {
        using var site = new TestSite().Write("content/fr/articles/beta.md", "---\ntitle: Beta\ntranslation_key: alpha\n---\n");
        var d = DiagnosticAssert.HasError(site.Build(), "BB3003", "content/fr/articles/beta.md");
        Assert.Contains("content/fr/articles/alpha.md", d.Message);
    }

    [Fact]
    public void A_missing_translation_is_an_error_when_site_yml_says_so()
    {
        using var site = new TestSite()
            .Write("site.yml", TestSite.SiteYml + "\nchecks:\n  missing_translation: error\n")
            .Write("content/fr/articles/beta.md", "---\ntitle: Beta\n---\n");
        DiagnosticAssert.HasError(site.Build(), "BB3001", "content/fr/articles/beta.md");
    }

    [Fact]
    public void Unknown_chronology_articles_and_see_also_entries_are_errors()
    {
        using var site = new TestSite()
            .Write("content/chronology.yml", "- date: 2023-01-31\n  fr: Un\n  en: One\n  articles: [alpah]\n")
            .Write("content/fr/glossary/otan.md", "---\nname: OTAN\ndefinition: x\nsee_also: [article-5]\n---\n")
            .Write("content/en/glossary/otan.md", "---\nname: NATO\ndefinition: x\n---\n");
        var result = site.Build();
        var chronology = DiagnosticAssert.HasError(result, "BB3004", "content/chronology.yml", 4);
        Assert.Contains("'alpha'", chronology.Hint);
        DiagnosticAssert.HasError(result, "BB3005", "content/fr/glossary/otan.md", 4);
    }
}
