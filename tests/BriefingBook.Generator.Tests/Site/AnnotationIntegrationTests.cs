using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Site;

public sealed class AnnotationIntegrationTests
{
    private static TestSite WithEntries() => new TestSite()
        .Write("content/fr/glossary/otan.md", "---\nname: OTAN\naliases: [OTAN]\ndefinition: Alliance atlantique.\nsee_also: [etats-unis]\n---\nNée en 1949.\n")
        .Write("content/en/glossary/otan.md", "---\nname: NATO\naliases: [NATO]\ndefinition: Atlantic alliance.\n---\nFounded in 1949.\n")
        .Write("content/fr/glossary/etats-unis.md", "---\nname: États-Unis\nsort_as: Etats-Unis\ndefinition: Pays.\n---\n")
        .Write("content/en/glossary/etats-unis.md", "---\nname: United States\ndefinition: Country.\n---\n")
        .Write("content/fr/glossary/france.md", "---\nname: France\ndefinition: Pays.\n---\n")
        .Write("content/en/glossary/france.md", "---\nname: France\ndefinition: Country.\n---\n");

    [Fact]
    public void Mentions_link_to_the_glossary_and_cross_references_resolve_in_the_reader_language()
    {
        using var site = WithEntries()
            .Write("content/fr/articles/alpha.md", TestSite.Article("Alpha", "alpha", "R.", "## Contexte {#context}\n\nL'OTAN et [[alpha#context|le contexte]] et [[otan]].\n"));
        DiagnosticAssert.NoErrors(site.Build());
        var html = site.Read("fr/articles/alpha.html");
        Assert.Contains("href=\"../glossary.html#otan\"", html);
        Assert.Contains("href=\"alpha.html#context\"", html);
        Assert.Contains("role=\"tooltip\"", html);
        Assert.Contains("lang=\"en\">NATO</span>", html);
        Assert.Empty(LinkChecker.Problems(site.Output));
    }

    [Fact]
    public void A_cross_reference_that_leads_nowhere_is_an_error_at_its_position()
    {
        using var site = WithEntries()
            .Write("content/fr/articles/alpha.md", "---\ntitle: Alpha\n---\nTexte.\n\nVoir [[otn]] et [[alpha#nowhere]].\n");
        var result = site.Build();
        var unknown = DiagnosticAssert.HasError(result, "BB3006", "content/fr/articles/alpha.md", 6, 6);
        Assert.Contains("'otan'", unknown.Hint);
        DiagnosticAssert.HasError(result, "BB3006", "content/fr/articles/alpha.md", 6, 17);
    }

    [Fact]
    public void Glossary_pages_sort_entries_as_a_reader_of_the_language_expects()
    {
        using var site = WithEntries();
        DiagnosticAssert.NoErrors(site.Build());
        var fr = site.Read("fr/glossary.html");
        Assert.True(fr.IndexOf("id=\"etats-unis\"", StringComparison.Ordinal) < fr.IndexOf("id=\"france\"", StringComparison.Ordinal));
        Assert.True(fr.IndexOf("id=\"france\"", StringComparison.Ordinal) < fr.IndexOf("id=\"otan\"", StringComparison.Ordinal));
        Assert.Contains("<span class=\"entry-other\" lang=\"en\">NATO</span>", fr);
        Assert.Contains("href=\"glossary.html#etats-unis\"", fr);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../en/glossary.html\">", fr);
    }

    [Fact]
    public void The_book_index_gathers_index_marks_and_entry_mentions_with_their_paragraphs()
    {
        using var site = WithEntries()
            .Write("content/fr/articles/alpha.md", TestSite.Article("Alpha", "alpha", "R.",
                "Premier paragraphe sur la ((dissuasion élargie)).\n\nSecond paragraphe : l'OTAN et la (((Dissuasion élargie, nucléaire))).\n\n(((Alliance atlantique, voir: OTAN)))\n"));
        DiagnosticAssert.NoErrors(site.Build());
        var index = site.Read("fr/book-index.html");
        Assert.Contains("id=\"term-dissuasion-elargie\"", index);
        Assert.Contains(">Dissuasion élargie<", index.Replace("</span>", "<").Replace("<span class=\"index-term-name\">", ">"));
        Assert.Contains("id=\"term-dissuasion-elargie-nucleaire\"", index);
        Assert.Contains("<a href=\"#term-otan\">OTAN</a>", index);
        Assert.Contains("href=\"glossary.html#otan\"", index);
        Assert.Contains("href=\"articles/alpha.html#", index);
        Assert.Empty(LinkChecker.Problems(site.Output));
    }

    [Fact]
    public void Annotation_labels_come_from_the_interface_texts()
    {
        using var site = new TestSite()
            .Write("content/fr/articles/alpha.md", TestSite.Article("Alpha", "alpha", "R.", ":::editor-note\nLa source se trompe.\n:::\n"));
        var fr = File.ReadAllText(Path.Combine(site.Root, "templates/i18n/fr.yml"));
        site.Write("templates/i18n/fr.yml", fr.Replace("editor_note: \"Note de la rédaction\"", "editor_note: \"Remarque de l’éditeur\""));
        DiagnosticAssert.NoErrors(site.Build());
        Assert.Contains("Remarque de l’éditeur", site.Read("fr/articles/alpha.html"));
    }
}
