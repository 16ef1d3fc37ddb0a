using BriefingBook.Generator.Check;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Scaffold;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Scaffold;

public sealed class ScaffolderTests : IDisposable
{
    private readonly TestSite _site = new();

    private SiteConfig Config => SiteConfigReader.Read(Path.Combine(_site.Root, "site.yml"), new DiagnosticBag())!;

    [Fact]
    public void A_new_article_exists_in_every_language_with_complete_front_matter_and_checks_clean_as_a_draft()
    {
        var diagnostics = new DiagnosticBag();
        var created = Scaffolder.NewArticle(Config, "korea-nuclear", new DateOnly(2026, 11, 21), diagnostics);
        Assert.Equal(["content/fr/articles/korea-nuclear.md", "content/en/articles/korea-nuclear.md"], created);
        var text = File.ReadAllText(Path.Combine(_site.Root, "content/en/articles/korea-nuclear.md"));
        Assert.Contains("title: \"TO WRITE: ", text);
        Assert.Contains("date: 2026-11-21", text);
        Assert.Contains("translation_key: korea-nuclear", text);
        var check = BookChecker.Run(new BuildOptions { ConfigPath = Path.Combine(_site.Root, "site.yml"), IncludeDrafts = true });
        Assert.DoesNotContain(check.Diagnostics, d => d.Path.Contains("korea-nuclear", StringComparison.Ordinal));
        Assert.True(_site.Build(drafts: true).Succeeded);
        Assert.True(_site.Exists("en/articles/korea-nuclear.html"));
    }

    [Theory]
    [InlineData(EntryKind.Glossary, "glossary")]
    [InlineData(EntryKind.Person, "people")]
    public void A_new_entry_exists_in_every_language_and_builds(EntryKind kind, string folder)
    {
        var created = Scaffolder.NewEntry(Config, "new-entry", kind, new DiagnosticBag());
        Assert.Equal([$"content/fr/{folder}/new-entry.md", $"content/en/{folder}/new-entry.md"], created);
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("TO WRITE", _site.Read($"en/{folder}.html"));
    }

    [Fact]
    public void An_existing_file_is_never_replaced_and_nothing_is_written()
    {
        var before = File.ReadAllText(Path.Combine(_site.Root, "content/en/articles/alpha.md"));
        _site.Delete("content/fr/articles/alpha.md");
        var diagnostics = new DiagnosticBag();
        Assert.Empty(Scaffolder.NewArticle(Config, "alpha", new DateOnly(2026, 11, 21), diagnostics));
        Assert.Equal("content/en/articles/alpha.md", Assert.Single(diagnostics.ToSortedList()).Path);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_site.Root, "content/en/articles/alpha.md")));
        Assert.False(File.Exists(Path.Combine(_site.Root, "content/fr/articles/alpha.md")));
    }

    [Theory]
    [InlineData("Korea")]
    [InlineData("../escape")]
    [InlineData("a--b")]
    [InlineData("")]
    public void A_key_the_loader_would_refuse_is_refused(string key)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Empty(Scaffolder.NewEntry(Config, key, EntryKind.Glossary, diagnostics));
        Assert.True(diagnostics.HasErrors);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "content/fr/glossary")));
    }

    public void Dispose() => _site.Dispose();
}
