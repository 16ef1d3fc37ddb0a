using BriefingBook.Generator.Serve;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Serve;

public sealed class LiveBuildTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .Write("content/fr/articles/beta.md", TestSite.Article("Bêta", "defense", "Deuxième.", "Voir [[alpha#context]] et l'OTAN.\n"))
        .Write("content/en/articles/beta.md", TestSite.Article("Beta", "defense", "Second.", "See [[alpha]].\n"))
        .Write("content/fr/articles/gamma.md", TestSite.Article("Gamma", "autre", "Troisième.", "Rien à voir.\n"))
        .Write("content/fr/glossary/otan.md", "---\nname: OTAN\ndefinition: L'alliance atlantique.\n---\nTexte.\n")
        .Write("content/en/glossary/otan.md", "---\nname: NATO\ndefinition: The Atlantic alliance.\n---\nText.\n");

    private string Preview => Path.Combine(_site.Root, "preview");

    public static TheoryData<string, string> Edits => new()
    {
        { "content/fr/articles/beta.md", TestSite.Article("Bêta", "defense", "Deuxième.", "Voir [[alpha#context]] et l'OTAN, encore.\n") },
        { "content/fr/articles/alpha.md", TestSite.Article("Alpha renommé", "alpha", "Premier.", "## Cadre {#context}\n\nTexte.\n") },
        { "content/fr/articles/gamma.md", TestSite.Article("Gamma", "neuf", "Troisième.", "L'OTAN((dissuasion)) enfin.\n") },
        { "content/fr/glossary/otan.md", "---\nname: OTAN\ndefinition: L'Organisation du traité de l'Atlantique nord.\n---\nTexte.\n" },
        { "content/fr/glossary/otan.md", "---\nname: OTAN\naliases: [Alliance atlantique]\ndefinition: L'alliance.\n---\nTexte.\n" },
        { "content/fr/articles/delta.md", TestSite.Article("Delta", "defense", "Quatrième.", "Voir [[beta]].\n") },
        { "templates/layouts/article.html", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates/layouts/article.html")).Replace("<article class=\"article\">", "<article class=\"article edited\">") },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_an_edit_the_preview_is_the_same_as_a_whole_build(string path, string text)
    {
        var live = new LiveBuild(new BuildOptions { ConfigPath = Path.Combine(_site.Root, "site.yml") }, Preview);
        Assert.True(live.Full().Succeeded);
        _site.Write(path, text);
        var result = live.Update([path]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(live.UpdatePrintEditions() is null or { Succeeded: true });
        Assert.False(live.PrintEditionsPending);
        Assert.True(_site.Build().Succeeded);
        AssertSameFolders(_site.Output, Preview);
    }

    [Fact]
    public void The_print_editions_follow_in_a_second_phase_and_are_then_up_to_date()
    {
        var live = new LiveBuild(new BuildOptions { ConfigPath = Path.Combine(_site.Root, "site.yml") }, Preview);
        Assert.True(live.Full().Succeeded);
        Assert.False(live.PrintEditionsPending);
        _site.Write("content/fr/articles/beta.md", TestSite.Article("Bêta", "defense", "Deuxième.", "Voir [[alpha#context]] et l'OTAN. Une phrase imprimée.\n"));
        Assert.DoesNotContain("fr/print.html", live.Update(["content/fr/articles/beta.md"]).Pages);
        Assert.True(live.PrintEditionsPending);
        Assert.DoesNotContain("Une phrase imprimée.", File.ReadAllText(Path.Combine(Preview, "fr/print.html")));
        var print = live.UpdatePrintEditions();
        Assert.NotNull(print);
        Assert.True(print.Succeeded, string.Join("\n", print.Diagnostics));
        Assert.Equal(["fr/print.html", "en/print.html"], print.Pages);
        Assert.Contains("Une phrase imprimée.", File.ReadAllText(Path.Combine(Preview, "fr/print.html")));
        Assert.False(live.PrintEditionsPending);
        Assert.Null(live.UpdatePrintEditions());
        Assert.True(_site.Build().Succeeded);
        AssertSameFolders(_site.Output, Preview);
    }

    [Fact]
    public void A_cancelled_print_phase_writes_nothing_and_the_next_one_brings_the_edition()
    {
        var live = new LiveBuild(new BuildOptions { ConfigPath = Path.Combine(_site.Root, "site.yml") }, Preview);
        Assert.True(live.Full().Succeeded);
        var before = File.ReadAllText(Path.Combine(Preview, "fr/print.html"));
        _site.Write("content/fr/articles/gamma.md", TestSite.Article("Gamma", "autre", "Troisième.", "Rien à voir, vraiment.\n"));
        Assert.True(live.Update(["content/fr/articles/gamma.md"]).Succeeded);
        Assert.Null(live.UpdatePrintEditions(new CancellationToken(canceled: true)));
        Assert.Equal(before, File.ReadAllText(Path.Combine(Preview, "fr/print.html")));
        Assert.True(live.PrintEditionsPending);
        Assert.NotNull(live.UpdatePrintEditions());
        Assert.Contains("Rien à voir, vraiment.", File.ReadAllText(Path.Combine(Preview, "fr/print.html")));
    }

    [Fact]
    public void A_body_edit_writes_only_the_pages_that_changed()
    {
        var live = new LiveBuild(new BuildOptions { ConfigPath = Path.Combine(_site.Root, "site.yml") }, Preview);
        Assert.True(live.Full().Succeeded);
        var untouched = File.GetLastWriteTimeUtc(Path.Combine(Preview, "fr/articles/gamma.html"));
        _site.Write("content/fr/articles/beta.md", TestSite.Article("Bêta", "defense", "Deuxième.", "Voir [[alpha#context]] et l'OTAN. Un autre texte.\n"));
        var result = live.Update(["content/fr/articles/beta.md"]);
        Assert.False(result.Everything);
        Assert.Equal(["en/articles/beta.html", "fr/articles/beta.html"], result.Pages.Order(StringComparer.Ordinal));
        Assert.Contains("Un autre texte.", File.ReadAllText(Path.Combine(Preview, "fr/articles/beta.html")));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(Preview, "fr/articles/gamma.html")));
    }

    [Fact]
    public void A_save_through_a_scratch_file_rebuilds_only_the_saved_page()
    {
        var live = new LiveBuild(new BuildOptions { ConfigPath = Path.Combine(_site.Root, "site.yml") }, Preview);
        Assert.True(live.Full().Succeeded);
        // What the watcher reports for `sed -i`: a scratch file beside the article, gone once renamed over it.
        Assert.True(live.Update(["content/fr/articles/sedX1b2c3"]).Idle);
        _site.Write("content/fr/articles/beta.md", TestSite.Article("Bêta", "defense", "Deuxième.", "Voir [[alpha#context]] et l'OTAN. Sauvé.\n"));
        var result = live.Update(["content/fr/articles/sedX1b2c3", "content/fr/articles/beta.md"]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(result.Everything);
        Assert.Equal(["en/articles/beta.html", "fr/articles/beta.html"], result.Pages.Order(StringComparer.Ordinal));
        Assert.Equal(["content/fr/articles/beta.md"], result.Changes);
        Assert.Contains("Sauvé.", File.ReadAllText(Path.Combine(Preview, "fr/articles/beta.html")));
    }

    [Fact]
    public void A_failed_rebuild_keeps_the_last_good_pages_and_the_fix_brings_the_change()
    {
        var live = new LiveBuild(new BuildOptions { ConfigPath = Path.Combine(_site.Root, "site.yml") }, Preview);
        Assert.True(live.Full().Succeeded);
        var good = File.ReadAllText(Path.Combine(Preview, "fr/articles/beta.html"));
        _site.Write("content/fr/articles/beta.md", "---\ntitle: [oops\n---\nCassé.\n");
        var broken = live.Update(["content/fr/articles/beta.md"]);
        var error = Assert.Single(broken.Errors);
        Assert.Equal("content/fr/articles/beta.md", error.Path);
        Assert.True(error.Line > 0);
        Assert.Equal(good, File.ReadAllText(Path.Combine(Preview, "fr/articles/beta.html")));
        _site.Write("content/fr/articles/beta.md", TestSite.Article("Bêta réparé", "defense", "Deuxième.", "Réparé.\n"));
        var fixedResult = live.Update(["content/fr/articles/beta.md"]);
        Assert.True(fixedResult.Succeeded);
        Assert.Contains("Réparé.", File.ReadAllText(Path.Combine(Preview, "fr/articles/beta.html")));
        Assert.True(live.UpdatePrintEditions() is null or { Succeeded: true });
        Assert.True(_site.Build().Succeeded);
        AssertSameFolders(_site.Output, Preview);
    }

    private static void AssertSameFolders(string expected, string actual)
    {
        static List<string> Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Files(expected), Files(actual));
        foreach (var file in Files(expected))
        {
            Assert.True(File.ReadAllText(Path.Combine(expected, file)) == File.ReadAllText(Path.Combine(actual, file)), $"{file} differs from a whole build");
        }
    }

    public void Dispose() => _site.Dispose();
}
