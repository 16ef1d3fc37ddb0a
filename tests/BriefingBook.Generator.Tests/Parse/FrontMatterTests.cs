using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Parse;

public sealed class FrontMatterTests
{
    private const string Path = "content/fr/articles/alpha.md";

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        using var site = new TestSite().Write(Path, "---\ntitle: Alpha\n\nTexte.\n");
        DiagnosticAssert.HasError(site.Build(), "BB2005", Path, 1, 1);
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error()
    {
        using var site = new TestSite().Write(Path, "# Alpha\n\nTexte.\n");
        DiagnosticAssert.HasError(site.Build(), "BB2005", Path, 1);
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line_in_the_file()
    {
        using var site = new TestSite().Write(Path, "---\ntitle: Alpha\ntags: [a, b\norder: 1\n---\nTexte.\n");
        var d = DiagnosticAssert.HasError(site.Build(), "BB2002", Path);
        Assert.InRange(d.Line, 3, 5);
    }

    [Fact]
    public void A_missing_title_is_an_error()
    {
        using var site = new TestSite().Write(Path, "---\nsummary: Sans titre\n---\nTexte.\n");
        DiagnosticAssert.HasError(site.Build(), "BB2012", Path, 2);
    }

    [Fact]
    public void Duplicate_keys_are_an_error_at_the_second_key()
    {
        using var site = new TestSite().Write(Path, "---\ntitle: A\norder: 1\ntitle: B\n---\nTexte.\n");
        DiagnosticAssert.HasError(site.Build(), "BB2004", Path, 4, 1);
    }

    [Fact]
    public void Wrong_types_are_errors_with_positions()
    {
        using var site = new TestSite().Write(Path, "---\ntitle: A\norder: first\ndraft: maybe\ntags: japon\n---\nTexte.\n");
        var result = site.Build();
        DiagnosticAssert.HasError(result, "BB2011", Path, 3, 8);
        DiagnosticAssert.HasError(result, "BB2011", Path, 4, 8);
        DiagnosticAssert.HasError(result, "BB2011", Path, 5, 7);
    }

    [Fact]
    public void An_invalid_date_is_an_error()
    {
        using var site = new TestSite().Write(Path, "---\ntitle: A\ndate: 21/11/2026\n---\nTexte.\n");
        DiagnosticAssert.HasError(site.Build(), "BB2013", Path, 3, 7);
    }

    [Theory]
    [InlineData("slug: ../../etc")]
    [InlineData("slug: a/b")]
    [InlineData("slug: /tmp/x")]
    [InlineData("translation_key: ..")]
    [InlineData("slug: 'a\\b'")]
    public void Unsafe_slugs_and_keys_are_refused(string line)
    {
        using var site = new TestSite().Write(Path, $"---\ntitle: A\n{line}\n---\nTexte.\n");
        DiagnosticAssert.HasError(site.Build(), "BB2014", Path, 3);
    }

    [Fact]
    public void A_file_name_that_is_not_a_key_is_refused()
    {
        using var site = new TestSite().Write("content/fr/articles/Bad Name.md", "---\ntitle: A\n---\n");
        DiagnosticAssert.HasError(site.Build(), "BB2014", "content/fr/articles/Bad Name.md");
    }

    [Fact]
    public void Deep_nesting_in_front_matter_is_refused_without_crashing()
    {
        using var site = new TestSite().Write(Path, "---\ntitle: A\nx: " + new string('[', 100_000) + "\n---\n");
        DiagnosticAssert.HasError(site.Build(), "BB2003", Path, 3);
    }

    [Fact]
    public void An_alias_bomb_in_front_matter_is_refused()
    {
        var lines = new List<string> { "title: A", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 10; i++)
        {
            lines.Add($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]");
        }
        using var site = new TestSite().Write(Path, "---\n" + string.Join('\n', lines) + "\n---\n");
        DiagnosticAssert.HasError(site.Build(), "BB2003", Path);
    }

    [Fact]
    public void All_errors_of_all_files_are_reported_together()
    {
        using var site = new TestSite()
            .Write(Path, "---\nsummary: x\n---\n")
            .Write("content/en/articles/alpha.md", "---\ntitle: A\norder: x\n---\n")
            .Write("content/fr/articles/beta.md", "---\ntitle: [\n---\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        DiagnosticAssert.HasError(result, "BB2012", Path);
        DiagnosticAssert.HasError(result, "BB2011", "content/en/articles/alpha.md", 3);
        DiagnosticAssert.HasError(result, "BB2002", "content/fr/articles/beta.md");
    }

    [Fact]
    public void Entries_and_chronology_are_validated_with_positions()
    {
        using var site = new TestSite()
            .Write("content/fr/glossary/otan.md", "---\nname: OTAN\ndefinitio: x\ncategory: organisation\n---\nTexte.\n")
            .Write("content/chronology.yml", "- date: 2023-13-01\n  fr: Un\n  en: One\n- date: 2024\n  fr: Deux\n");
        var result = site.Build();
        var unknown = DiagnosticAssert.HasError(result, "BB2010", "content/fr/glossary/otan.md", 3, 1);
        Assert.Contains("'definition'", unknown.Hint);
        DiagnosticAssert.HasError(result, "BB2012", "content/fr/glossary/otan.md");
        DiagnosticAssert.HasError(result, "BB2013", "content/chronology.yml", 1, 9);
        DiagnosticAssert.HasError(result, "BB2012", "content/chronology.yml", 4);
    }
}
