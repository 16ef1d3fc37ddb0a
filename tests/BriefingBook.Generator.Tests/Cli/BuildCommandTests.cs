using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Cli;

[Collection(nameof(ProcessWideState))]
public sealed class BuildCommandTests
{
    [Fact]
    public void Build_succeeds_with_exit_code_zero()
    {
        using var site = new TestSite();
        var (code, output, _) = CliRunner.Run("build", "--config", Path.Combine(site.Root, "site.yml"), "--output", Path.Combine(site.Root, "out"));
        Assert.Equal(0, code);
        Assert.Contains("Built", output);
        Assert.True(File.Exists(Path.Combine(site.Root, "out/fr/index.html")));
    }

    [Fact]
    public void Errors_are_printed_in_the_tool_format_with_hints_and_no_stack_trace()
    {
        using var site = new TestSite()
            .Write("content/fr/articles/alpha.md", "---\nsummary: x\n---\n")
            .Write("content/en/articles/alpha.md", "---\ntitle: A\norder: x\n---\n");
        var (code, output, error) = CliRunner.Run("build", "--config", Path.Combine(site.Root, "site.yml"), "--quiet");
        Assert.Equal(1, code);
        Assert.Contains("content/fr/articles/alpha.md(2,1): error BB2012: 'title' is missing in the front matter", error);
        Assert.Contains("content/en/articles/alpha.md(3,8): error BB2011:", error);
        Assert.Contains("  hint: ", error);
        Assert.DoesNotContain("   at ", error + output);
        Assert.Contains("Build failed: 2 errors", output);
    }

    [Fact]
    public void Every_broken_cross_reference_is_printed_with_its_position_and_the_exit_code_is_one()
    {
        using var site = new TestSite()
            .Write("content/fr/articles/alpha.md", "---\ntitle: Alpha\n---\nVoir [[nulle-part]].\n\nEt [[alpha#absente]].\n")
            .Write("content/en/articles/alpha.md", "---\ntitle: Alpha\n---\nSee [[alpah]].\n");
        var (code, output, error) = CliRunner.Run("build", "--config", Path.Combine(site.Root, "site.yml"), "--quiet");
        Assert.Equal(1, code);
        Assert.Contains("content/fr/articles/alpha.md(4,6): error BB3006: the cross-reference [[nulle-part]] leads nowhere in 'fr'", error);
        Assert.Contains("content/fr/articles/alpha.md(6,4): error BB3006: the cross-reference [[alpha#absente]] leads nowhere in 'fr'", error);
        Assert.Contains("content/en/articles/alpha.md(4,5): error BB3006: the cross-reference [[alpah]] leads nowhere in 'en'", error);
        Assert.Contains("did you mean 'alpha'?", error);
        Assert.Contains("Build failed: 3 errors", output);
    }

    [Fact]
    public void Broken_cross_references_set_to_warnings_let_the_build_succeed()
    {
        using var site = new TestSite()
            .Write("site.yml", TestSite.SiteYml + "\nchecks:\n  broken_reference: warning\n")
            .Write("content/en/articles/alpha.md", "---\ntitle: Alpha\n---\nSee [[alpah]].\n");
        var (code, _, error) = CliRunner.Run("build", "--config", Path.Combine(site.Root, "site.yml"), "--quiet");
        Assert.Equal(0, code);
        Assert.Contains("content/en/articles/alpha.md(4,5): warning BB3006:", error);
    }

    [Fact]
    public void A_missing_settings_file_is_a_clear_error()
    {
        var (code, _, error) = CliRunner.Run("build", "--config", "/nonexistent/site.yml");
        Assert.Equal(1, code);
        Assert.Contains("error BB1001", error);
    }

    [Fact]
    public void Drafts_are_built_with_the_drafts_option()
    {
        using var site = new TestSite().Write("content/fr/articles/draft.md", "---\ntitle: Brouillon\ndraft: true\n---\n");
        Assert.Equal(0, CliRunner.Run("build", "--config", Path.Combine(site.Root, "site.yml"), "--drafts", "--quiet").Code);
        Assert.True(site.Exists("fr/articles/draft.html"));
    }
}
