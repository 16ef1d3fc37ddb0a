using BriefingBook.Generator.Analyse;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Serve;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Serve;

public sealed class AnnotationScopeTests : IDisposable
{
    private const string Beta = "content/fr/articles/beta.md";
    private const string Gamma = "content/fr/articles/gamma.md";
    private readonly TestSite _site = new TestSite()
        .Write(Beta, TestSite.Article("Bêta", "alpha", "Deuxième.", "Voir [[alpha#context]] et l'OTAN((dissuasion)).\n"))
        .Write(Gamma, TestSite.Article("Gamma", "alpha", "Troisième.", "L'OTAN encore.\n"))
        .Write("content/fr/glossary/otan.md", "---\nname: OTAN\ndefinition: L'alliance atlantique.\n---\nTexte.\n")
        .Write("content/en/glossary/otan.md", "---\nname: NATO\ndefinition: The Atlantic alliance.\n---\nText.\n");

    /// <summary>
    /// The book as a live rebuild sees it after <paramref name="path"/> changed (that file parsed again, every other
    /// page kept), and whether the whole-book analyses were carried over.
    /// </summary>
    private (Model.Site Before, Model.Site After, bool Kept) Edit(string path, string text)
    {
        var before = ModelStages.Analysed(_site.Root);
        _site.Write(path, text);
        var parsed = ModelStages.Parsed(_site.Root);
        var after = new Model.Site(before.Config);
        after.Pages.AddRange(before.Pages.Select(p => p.SourcePath == path ? parsed.Pages.Single(n => n.SourcePath == path) : p));
        after.Entries.AddRange(before.Entries);
        after.Events.AddRange(before.Events);
        var plan = DependencyTracker.Plan(before, after, [path]);
        var diagnostics = new DiagnosticBag();
        var scope = new AnnotationScope(plan.Annotate, before);
        SiteAnalyser.Run(after, diagnostics, scope);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return (before, after, scope.CarryOver(after));
    }

    [Fact]
    public void A_body_edit_keeps_the_index_citations_and_related_articles_naming_the_page_parsed_again()
    {
        var (before, after, kept) = Edit(Beta, TestSite.Article("Bêta", "alpha", "Deuxième.", "Voir [[alpha#context]] et l'OTAN((dissuasion)), encore.\n"));
        Assert.True(kept);
        var beta = after.Pages.Single(p => p.SourcePath == Beta);
        Assert.NotSame(before.Pages.Single(p => p.SourcePath == Beta), beta);
        var locators = after.Index["fr"].SelectMany(h => h.Locators.Concat(h.SubEntries.Values.SelectMany(s => s.Locators))).ToList();
        Assert.Contains(locators, l => ReferenceEquals(l.Page, beta));
        Assert.All(locators, l => Assert.Contains(l.Page, after.Pages));
        Assert.Same(beta, Assert.Single(after.Pages.Single(p => p.SourcePath == "content/fr/articles/alpha.md").CitedIn).Page);
        Assert.Contains(beta, after.Pages.Single(p => p.SourcePath == Gamma).Related);
        Assert.Equal(["content/fr/articles/alpha.md", Gamma], beta.Related.Select(p => p.SourcePath).Order(StringComparer.Ordinal));
        Assert.Equal(Describe(ModelStages.Analysed(_site.Root).Index["fr"]), Describe(after.Index["fr"]));
    }

    [Theory]
    [InlineData("Voir [[alpha#context]] et l'OTAN((dissuasion)) puis ((Défense)).\n")]
    [InlineData("Voir [[alpha#context]].\n\nPuis l'OTAN((dissuasion)).\n")]
    [InlineData("Voir [[gamma]] et l'OTAN((dissuasion)).\n")]
    public void A_new_mark_a_moved_mention_or_another_citation_builds_them_again(string body)
    {
        var (_, after, kept) = Edit(Beta, TestSite.Article("Bêta", "alpha", "Deuxième.", body));
        Assert.False(kept);
        var whole = ModelStages.Analysed(_site.Root);
        Assert.Equal(Describe(whole.Index["fr"]), Describe(after.Index["fr"]));
        Assert.Equal(whole.Pages.Single(p => p.SourcePath == "content/fr/articles/alpha.md").CitedIn.Select(l => (l.Page.SourcePath, l.Anchor)),
            after.Pages.Single(p => p.SourcePath == "content/fr/articles/alpha.md").CitedIn.Select(l => (l.Page.SourcePath, l.Anchor)));
    }

    [Fact]
    public void A_new_tag_works_out_the_related_articles_again()
    {
        var (_, after, kept) = Edit(Gamma, TestSite.Article("Gamma", "autre", "Troisième.", "L'OTAN encore.\n"));
        Assert.Equal(["content/fr/articles/alpha.md", Gamma], after.Pages.Single(p => p.SourcePath == Beta).Related.Select(p => p.SourcePath));
        Assert.DoesNotContain(after.Pages.Single(p => p.SourcePath == "content/fr/articles/alpha.md"),
            after.Pages.Single(p => p.SourcePath == Gamma).Related);
        Assert.False(kept);
    }

    /// <summary>An index as its pages show it: headings, sub-entries and the places they lead to.</summary>
    private static List<string> Describe(IReadOnlyList<IndexEntry> index) =>
        [.. index.SelectMany(h => new[] { h }.Concat(h.SubEntries.Values)).Select(h =>
            $"{h.Id} {h.Term}: {string.Join(", ", h.Locators.Select(l => l.Page.SourcePath + "#" + l.Anchor))}; {string.Join(",", h.See)}; {string.Join(",", h.SeeAlso)}")];

    public void Dispose() => _site.Dispose();
}
