using BriefingBook.Generator.Analyse;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Serve;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Serve;

public sealed class DependencyTrackerTests : IDisposable
{
    private const string Beta = "content/fr/articles/beta.md";
    private readonly TestSite _site = new TestSite()
        .Write("content/fr/articles/beta.md", TestSite.Article("Bêta", "defense", "Deuxième.", "Voir [[alpha]] et l'OTAN.\n"))
        .Write("content/en/articles/beta.md", TestSite.Article("Beta", "defense", "Second.", "See [[alpha]].\n"))
        .Write("content/fr/articles/gamma.md", TestSite.Article("Gamma", "autre", "Troisième.", "Rien à voir.\n"))
        .Write("content/fr/glossary/otan.md", "---\nname: OTAN\ndefinition: L'alliance atlantique.\n---\nTexte.\n")
        .Write("content/en/glossary/otan.md", "---\nname: NATO\ndefinition: The Atlantic alliance.\n---\nText.\n");

    private RebuildPlan PlanAfter(string path, string text)
    {
        var before = ModelStages.Analysed(_site.Root);
        _site.Write(path, text);
        return DependencyTracker.Plan(before, ModelStages.Parsed(_site.Root), [path]);
    }

    [Fact]
    public void A_body_edit_rebuilds_the_page_and_its_translation_only()
    {
        var plan = PlanAfter(Beta, TestSite.Article("Bêta", "defense", "Deuxième.", "Voir [[alpha]] et l'OTAN. Une phrase de plus.\n"));
        Assert.False(plan.Everything);
        Assert.Equal([Beta], plan.Annotate);
        Assert.Equal(["en/articles/beta.html", "fr/articles/beta.html"], plan.Render.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_new_title_rebuilds_the_pages_that_link_to_it_list_it_or_sit_next_to_it()
    {
        var plan = PlanAfter("content/fr/articles/alpha.md",
            TestSite.Article("Alpha, nouveau titre", "alpha", "Premier dossier.", "## Contexte {#context}\n\nTexte.\n\n## Seulement ici {#fr-only}\n\nPlus.\n"));
        Assert.False(plan.Everything);
        Assert.Contains(Beta, plan.Annotate);
        Assert.DoesNotContain("content/fr/articles/gamma.md", plan.Annotate);
        Assert.Contains("fr/articles/beta.html", plan.Render);
        Assert.Contains("fr/index.html", plan.Render);
        Assert.Contains("fr/tags/alpha.html", plan.Render);
        Assert.Contains("fr/tags/index.html", plan.Render);
        Assert.Contains("en/articles/alpha.html", plan.Render);
        Assert.DoesNotContain("en/index.html", plan.Render);
        Assert.DoesNotContain("en/articles/beta.html", plan.Render);
    }

    [Fact]
    public void A_new_tag_rebuilds_the_old_and_the_new_tag_pages()
    {
        var plan = PlanAfter("content/fr/articles/gamma.md", TestSite.Article("Gamma", "neuf", "Troisième.", "Rien à voir.\n"));
        Assert.Contains("fr/tags/autre.html", plan.Render);
        Assert.Contains("fr/tags/neuf.html", plan.Render);
        Assert.DoesNotContain(Beta, plan.Annotate);
    }

    [Fact]
    public void An_entry_definition_rebuilds_the_entry_list_and_the_pages_that_mention_it()
    {
        var plan = PlanAfter("content/fr/glossary/otan.md", "---\nname: OTAN\ndefinition: L'Organisation du traité de l'Atlantique nord.\n---\nTexte.\n");
        Assert.False(plan.Everything);
        Assert.Contains("content/fr/glossary/otan.md", plan.Annotate);
        Assert.Contains(Beta, plan.Annotate);
        Assert.DoesNotContain("content/fr/articles/gamma.md", plan.Annotate);
        Assert.Contains("fr/glossary.html", plan.Render);
        Assert.Contains("fr/articles/beta.html", plan.Render);
        Assert.DoesNotContain("en/articles/beta.html", plan.Render);
    }

    [Fact]
    public void A_new_entry_name_rebuilds_everything_since_any_text_may_mention_it()
    {
        var plan = PlanAfter("content/fr/glossary/otan.md", "---\nname: OTAN\naliases: [Alliance]\ndefinition: L'alliance atlantique.\n---\nTexte.\n");
        Assert.True(plan.Everything);
    }

    [Theory]
    [InlineData("templates/layouts/article.html")]
    [InlineData("site.yml")]
    [InlineData("content/chronology.yml")]
    public void A_template_site_yml_or_the_chronology_rebuilds_everything(string path)
    {
        var before = ModelStages.Analysed(_site.Root);
        Assert.True(DependencyTracker.Plan(before, ModelStages.Parsed(_site.Root), [path]).Everything);
    }

    [Fact]
    public void An_added_or_removed_article_rebuilds_everything()
    {
        Assert.True(PlanAfter("content/fr/articles/delta.md", TestSite.Article("Delta", "x", "Quatrième.", "Texte.\n")).Everything);
        var before = ModelStages.Analysed(_site.Root);
        _site.Delete("content/fr/articles/gamma.md");
        Assert.True(DependencyTracker.Plan(before, ModelStages.Parsed(_site.Root), ["content/fr/articles/gamma.md"]).Everything);
    }

    [Fact]
    public void A_new_slug_or_date_rebuilds_everything()
    {
        Assert.True(PlanAfter("content/fr/articles/gamma.md", TestSite.Article("Gamma", "autre", "Troisième.", "Rien.\n", "slug: gamma-2\n")).Everything);
        Assert.True(PlanAfter("content/fr/articles/gamma.md", TestSite.Article("Gamma", "autre", "Troisième.", "Rien.\n", "updated: 2026-11-22\n")).Everything);
    }

    [Fact]
    public void A_new_mention_adds_the_entry_lists_and_the_index_once_annotated()
    {
        var before = ModelStages.Analysed(_site.Root);
        _site.Write("content/fr/articles/gamma.md", TestSite.Article("Gamma", "autre", "Troisième.", "L'OTAN arrive.\n"));
        var after = ModelStages.Parsed(_site.Root);
        var plan = DependencyTracker.Plan(before, after, ["content/fr/articles/gamma.md"]);
        Assert.DoesNotContain("fr/glossary.html", plan.Render);
        var previous = before.Pages.Where(p => plan.Annotate.Contains(p.SourcePath)).ToDictionary(p => p.SourcePath, p => p.Annotations);
        SiteAnalyser.Run(after, new DiagnosticBag(), new AnnotationScope(plan.Annotate));
        var withMentions = DependencyTracker.AddMentionDependents(plan, after, previous);
        Assert.Contains("fr/glossary.html", withMentions.Render);
        Assert.Contains("fr/book-index.html", withMentions.Render);
        Assert.DoesNotContain("en/glossary.html", withMentions.Render);
    }

    public void Dispose() => _site.Dispose();
}
