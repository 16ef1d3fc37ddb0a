using BriefingBook.Generator.Markdown;
using BriefingBook.Generator.Markdown.Catalog;

namespace BriefingBook.Generator.Tests.Markdown;

/// <summary>What the annotation layer records for later stages: mentions, index marks, references, anchors.</summary>
public sealed class AnnotationResultTests
{
    private static readonly AnnotationPipeline French = new(SpecFixture.Options("fr", EntryLinkMode.FirstPerArticle));

    private static AnnotationResult Parse(string markdown, int firstLine = 1) =>
        French.Parse(markdown, new AnnotationContext { Resolver = SpecFixture.Resolver, FirstLine = firstLine }).Result;

    [Fact]
    public void Every_mention_is_recorded_with_its_paragraph_position_and_whether_it_is_linked()
    {
        var result = Parse("Intro.\n\n## Axes {#three-axis}\n\nD'abord l'OTAN,\npuis l'OTAN et AUKUS.\n", firstLine: 5);

        Assert.Collection(
            result.Mentions,
            mention => Assert.Equal(new("otan", "OTAN", "three-axis-p1", 9, 11, true), mention),
            mention => Assert.Equal(new("otan", "OTAN", "three-axis-p1", 10, 8, false), mention),
            mention => Assert.Equal(new("aukus", "AUKUS", "three-axis-p1", 10, 16, true), mention));
    }

    [Fact]
    public void A_cross_reference_to_an_entry_is_a_linked_mention_and_the_words_after_it_an_unlinked_one()
    {
        var result = Parse("Voir [[otan|l'Alliance]] et [[nato-japan-relations]].\n\nL'OTAN.\n", firstLine: 3);

        Assert.Collection(
            result.Mentions,
            mention => Assert.Equal(new("otan", "l'Alliance", "p1", 3, 6, true), mention),
            mention => Assert.Equal(new("otan", "OTAN", "p2", 5, 3, false), mention));
    }

    [Fact]
    public void Mentions_in_headings_links_code_and_opt_outs_are_not_mentions()
    {
        var result = Parse("## OTAN {#otan}\n\n[OTAN](x) `OTAN` {!OTAN!}\n");

        Assert.Empty(result.Mentions);
    }

    [Fact]
    public void Index_marks_are_recorded_with_terms_sub_entries_see_and_see_also()
    {
        var result = Parse("Texte ((dissuasion élargie)).\n\nSuite (((Dissuasion, nucléaire)))(((Alliance atlantique, see: OTAN)))(((OTAN, voir aussi : Article 5; IP4))).\n");

        Assert.Equal(4, result.IndexMarks.Count);
        var visible = result.IndexMarks[0];
        Assert.Equal(("dissuasion élargie", true, "p1", 1, 7), (visible.Term, visible.Visible, visible.Anchor, visible.Line, visible.Column));
        var sub = result.IndexMarks[1];
        Assert.Equal(("Dissuasion", "nucléaire", false, "p2"), (sub.Term, sub.SubTerm, sub.Visible, sub.Anchor));
        Assert.Equal(["OTAN"], result.IndexMarks[2].See);
        Assert.Empty(result.IndexMarks[2].SeeAlso);
        Assert.Equal(["Article 5", "IP4"], result.IndexMarks[3].SeeAlso);
    }

    [Fact]
    public void Unresolved_references_are_all_recorded_with_line_and_column_of_the_source_file()
    {
        var result = Parse("Voir [[nato-japan-relations#cyber-defence]].\n\nPuis [[missing]] et\n  [[nato-japan-relations#nowhere|ici]].\n", firstLine: 8);

        var resolved = Assert.Single(result.CrossReferences, reference => reference.IsResolved);
        Assert.Equal("nato-japan-relations.html#cyber-defence", resolved.Target!.Url);
        Assert.Collection(
            result.UnresolvedReferences,
            reference => Assert.Equal(("missing", (string?)null, 10, 6, "p2"), (reference.Key, reference.Section, reference.Line, reference.Column, reference.Anchor)),
            reference => Assert.Equal(("nato-japan-relations", "nowhere", "ici", 11, 3), (reference.Key, reference.Section, reference.Text, reference.Line, reference.Column)));
    }

    [Fact]
    public void A_reference_in_a_document_holding_only_a_heading_is_still_resolved()
    {
        var result = Parse("## Voir [[otan]]\n");

        Assert.True(Assert.Single(result.CrossReferences).IsResolved);
    }

    [Fact]
    public void Marks_in_a_heading_point_to_the_heading_and_mentions_in_a_table_to_the_table()
    {
        var result = Parse("## Dissuasion (((Dissuasion))) {#deterrence}\n\n| a |\n|---|\n| AUKUS |\n");

        Assert.Equal("deterrence", Assert.Single(result.IndexMarks).Anchor);
        Assert.Equal("deterrence-p1", Assert.Single(result.Mentions).Anchor);
    }

    [Fact]
    public void Anchors_are_listed_in_document_order_with_their_lines()
    {
        var result = Parse("Un.\n\n## S {#sec}\n\nDeux.\n\n- a\n- b\n", firstLine: 3);

        Assert.Equal(
            [new("p1", 3), new("sec-p1", 7), new("sec-p2", 9), new("sec-p3", 10)],
            result.Anchors);
    }

    [Fact]
    public void The_id_prefix_keeps_ids_of_two_documents_of_one_page_apart()
    {
        var html = French.ToHtml("AUKUS.\n", new AnnotationContext { Resolver = SpecFixture.Resolver, IdPrefix = "summary-" }).Html;

        Assert.Contains("<p id=\"summary-p1\">", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"summary-entry-tip-1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_document_renders_the_same_bytes_every_time_and_from_many_threads()
    {
        const string markdown = "L'OTAN ((dissuasion)) [[otan]].\n\n## S {#sec}\n\n- AUKUS\n- Article 5\n";
        var context = new AnnotationContext { Resolver = SpecFixture.Resolver };
        var expected = French.ToHtml(markdown, context).Html;

        var results = Enumerable.Range(0, 32).AsParallel().Select(_ => French.ToHtml(markdown, context).Html).ToList();

        Assert.All(results, html => Assert.Equal(expected, html));
    }

    [Fact]
    public void Markdig_entry_points_work_with_the_pipeline_and_no_context()
    {
        var html = global::Markdig.Markdown.ToHtml("AUKUS [[otan]]", French.MarkdigPipeline);

        Assert.Equal("<p id=\"p1\">AUKUS <span class=\"xref xref-broken\" title=\"Référence introuvable\u202F: [[otan]]\">otan</span></p>\n", html);
    }
}
