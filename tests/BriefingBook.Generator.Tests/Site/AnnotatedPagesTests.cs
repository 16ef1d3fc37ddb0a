using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Site;

/// <summary>Whole-site fixtures for the glossary, who's who, index and chronology pages, and for backlinks.</summary>
public sealed class AnnotatedPagesTests
{
    private static TestSite Book() => new TestSite()
        .Write("content/fr/glossary/otan.md", "---\nname: OTAN\nexpansion: Organisation du traité de l'Atlantique Nord\naliases: [OTAN, Alliance atlantique]\ndefinition: Alliance atlantique.\ncategory: organisation\nsee_also: [elysee]\n---\nNée en 1949.\n")
        .Write("content/en/glossary/otan.md", "---\nname: NATO\naliases: [NATO]\ndefinition: Atlantic alliance.\ncategory: organisation\n---\n")
        .Write("content/fr/glossary/elysee.md", "---\nname: Élysée\ndefinition: Palais présidentiel.\n---\n")
        .Write("content/en/glossary/elysee.md", "---\nname: Élysée Palace\naliases: [Élysée]\ndefinition: Presidential palace.\n---\n")
        .Write("content/fr/glossary/oeuvre.md", "---\nname: Œuvre commune\ndefinition: Projet partagé.\n---\n")
        .Write("content/en/glossary/oeuvre.md", "---\nname: Common work\ndefinition: Shared project.\n---\n")
        .Write("content/fr/glossary/zone.md", "---\nname: Zone grise\ndefinition: Ni paix ni guerre.\n---\n")
        .Write("content/en/glossary/zone.md", "---\nname: Grey zone\ndefinition: Neither peace nor war.\n---\n")
        .Write("content/fr/glossary/jaukus.md", "---\nname: « Jaukus »\naliases: [Jaukus]\nsort_as: Jaukus\ndefinition: AUKUS avec le Japon.\n---\n")
        .Write("content/en/glossary/jaukus.md", "---\nname: “Jaukus”\naliases: [Jaukus]\nsort_as: Jaukus\ndefinition: AUKUS with Japan.\n---\n")
        .Write("content/fr/people/rutte.md", "---\nname: Mark Rutte\naliases: [Mark Rutte, Rutte]\ndefinition: Secrétaire général de l'OTAN.\ncategory: Secrétaire général de l'OTAN (2024-)\n---\n")
        .Write("content/en/people/rutte.md", "---\nname: Mark Rutte\nsort_as: Rutte, Mark\naliases: [Mark Rutte, Rutte]\ndefinition: NATO Secretary General.\ncategory: NATO Secretary General (2024-)\n---\n")
        .Write("content/fr/articles/alpha.md", TestSite.Article("Alpha", "defense", "R.",
            "Introduction sans mention.\n\n## Contexte {#context}\n\nPremier paragraphe.\n\nMark Rutte dirige l'OTAN depuis l'Élysée.\n\n" +
            "Le projet (((JAUKUS, voir: OTAN))) et la ((dissuasion élargie)).\n\n(((Dissuasion élargie, nucléaire))) Une Œuvre commune.\n",
            "events:\n  - date: 2023-08-18\n    text: Sommet de Camp David.\n  - date: 2023-08\n    text: Un mois chargé.\n"))
        .Write("content/en/articles/alpha.md", TestSite.Article("Alpha", "defence", "S.",
            "## Context {#context}\n\nMark Rutte leads NATO.\n", "events:\n  - date: 2023-08-18\n    text: Camp David summit.\n"))
        .Write("content/fr/articles/beta.md", TestSite.Article("Beta", "defense", "R.",
            "## Suite {#more}\n\nVoir [[alpha#context|le contexte]] sur l'OTAN.\n\nEt encore [[alpha]].\n"))
        .Write("content/en/articles/beta.md", TestSite.Article("Beta", "defence", "S.", "## More {#more}\n\nSee [[alpha]].\n"))
        .Write("content/fr/articles/gamma.md", TestSite.Article("Gamma", "autre", "R.", "Sans lien.\n"))
        .Write("content/en/articles/gamma.md", TestSite.Article("Gamma", "other", "S.", "Unrelated.\n"))
        .Write("content/chronology.yml", "- date: 2007\n  fr: Visite d'Abe.\n  en: Abe visits.\n  articles: [beta]\n- date: 2023-01-31\n  fr: Rencontre à Tokyo.\n  en: Meeting in Tokyo.\n  articles: [alpha, beta]\n");

    private static IElement MainOf(TestSite site, string path) =>
        new HtmlParser().ParseDocument(site.Read(path)).QuerySelector("main")!;

    private static IDocument Page(TestSite site, string path) => new HtmlParser().ParseDocument(site.Read(path));

    [Fact]
    public void The_glossary_files_entries_by_letter_in_french_order_with_a_letter_bar()
    {
        using var site = Book();
        DiagnosticAssert.NoErrors(site.Build());
        var main = MainOf(site, "fr/glossary.html");
        Assert.Equal(["E", "J", "O", "Z"], main.QuerySelectorAll(".letter-bar a").Select(a => a.TextContent));
        Assert.Equal(["#letter-e", "#letter-j", "#letter-o", "#letter-z"], main.QuerySelectorAll(".letter-bar a").Select(a => a.GetAttribute("href")));
        var groups = main.QuerySelectorAll("section.letter-group").ToDictionary(g => g.Id!, g => g.QuerySelectorAll(".entry-item").Select(e => e.Id).ToList());
        Assert.Equal(["elysee"], groups["letter-e"]);
        Assert.Equal(["jaukus"], groups["letter-j"]);
        Assert.Equal(["oeuvre", "otan"], groups["letter-o"]);
        Assert.Equal(["zone"], groups["letter-z"]);
    }

    [Fact]
    public void A_glossary_entry_shows_its_definition_expansion_aliases_other_name_see_also_and_the_paragraphs_that_mention_it()
    {
        using var site = Book();
        DiagnosticAssert.NoErrors(site.Build());
        var otan = MainOf(site, "fr/glossary.html").QuerySelector("#otan")!;
        Assert.Equal("Alliance atlantique.", otan.QuerySelector(".entry-definition")!.TextContent);
        Assert.Equal("Organisation du traité de l’Atlantique Nord", otan.QuerySelector(".entry-expansion")!.TextContent);
        Assert.Equal("Organisation", otan.QuerySelector(".entry-category")!.TextContent);
        Assert.Contains("Alliance atlantique", otan.QuerySelector(".entry-aliases")!.TextContent);
        var other = otan.QuerySelector(".entry-other")!;
        Assert.Equal(("en", "NATO"), (other.GetAttribute("lang"), other.TextContent));
        Assert.Equal("glossary.html#elysee", otan.QuerySelector(".entry-see-also a")!.GetAttribute("href"));
        var mentions = otan.QuerySelectorAll(".entry-mentions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["articles/alpha.html#context-p2", "articles/beta.html#more-p1"], mentions);
        var paragraph = Page(site, "fr/articles/alpha.html").GetElementById("context-p2")!;
        Assert.Contains("OTAN", paragraph.TextContent);
        Assert.Empty(LinkChecker.Problems(site.Output));
    }

    [Fact]
    public void A_cross_reference_to_an_entry_is_listed_among_its_mentions_and_in_the_index_and_is_the_articles_only_link_to_it()
    {
        using var site = Book()
            .Write("content/fr/articles/gamma.md", TestSite.Article("Gamma", "autre", "R.", "## Un {#one}\n\nVoir [[otan|l'Alliance]].\n\nPuis l'OTAN.\n"));
        DiagnosticAssert.NoErrors(site.Build());

        var mentions = MainOf(site, "fr/glossary.html").QuerySelectorAll("#otan .entry-mentions a").Select(a => a.GetAttribute("href"));
        Assert.Contains("articles/gamma.html#one-p1", mentions);
        var locators = MainOf(site, "fr/book-index.html").QuerySelectorAll("#term-otan .index-locator, #term-otan .index-locator-more")
            .Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("articles/gamma.html#one-p1", locators);
        Assert.Contains("articles/gamma.html#one-p2", locators);
        var article = MainOf(site, "fr/articles/gamma.html");
        Assert.Equal("l’Alliance", Assert.Single(article.QuerySelectorAll("a[href*='glossary.html#otan']")).TextContent);
    }

    [Fact]
    public void The_who_is_who_lists_people_with_their_role_and_mentions()
    {
        using var site = Book();
        DiagnosticAssert.NoErrors(site.Build());
        var main = MainOf(site, "en/people.html");
        var rutte = main.QuerySelector("#rutte")!;
        Assert.Equal("NATO Secretary General (2024-)", rutte.QuerySelector(".entry-category")!.TextContent);
        Assert.Equal(["R"], main.QuerySelectorAll(".letter-bar a").Select(a => a.TextContent));
        Assert.Equal("articles/alpha.html#context-p1", rutte.QuerySelector(".entry-mentions a")!.GetAttribute("href"));
        Assert.Equal("fr", rutte.QuerySelector(".entry-other")!.GetAttribute("lang"));
    }

    [Fact]
    public void The_index_files_marks_under_the_entry_they_name_with_see_references_inside_the_index()
    {
        using var site = Book();
        DiagnosticAssert.NoErrors(site.Build());
        var main = MainOf(site, "fr/book-index.html");
        var terms = main.QuerySelectorAll("ul.index-terms > li").Select(li => li.QuerySelector(".index-term-name")!.TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ')).ToList();
        Assert.Equal("Dissuasion élargie|Élysée|« Jaukus »|Mark Rutte|Œuvre commune|OTAN", string.Join("|", terms));
        Assert.DoesNotContain(terms, t => t.Equals("JAUKUS", StringComparison.Ordinal));
        var jaukus = main.QuerySelector("#term-jaukus")!;
        Assert.Equal("glossary.html#jaukus", jaukus.QuerySelector(".index-term-name a")!.GetAttribute("href"));
        var see = jaukus.QuerySelector(".index-see a")!;
        Assert.Equal(("#term-otan", "OTAN"), (see.GetAttribute("href"), see.TextContent));
        Assert.NotNull(main.QuerySelector(see.GetAttribute("href")!));
        Assert.Equal(["D", "E", "J", "M", "O"], main.QuerySelectorAll(".letter-bar a").Select(a => a.TextContent));
        Assert.Equal(["term-oeuvre-commune", "term-otan"], main.QuerySelector("#letter-o")!.QuerySelectorAll("ul.index-terms > li").Select(li => li.Id));
        var dissuasion = main.QuerySelector("#term-dissuasion-elargie")!;
        Assert.Equal("articles/alpha.html#context-p3", dissuasion.QuerySelector(".index-locator")!.GetAttribute("href"));
        var sub = dissuasion.QuerySelector("#term-dissuasion-elargie-nucleaire")!;
        Assert.Equal("articles/alpha.html#context-p4", sub.QuerySelector(".index-locator")!.GetAttribute("href"));
        var otan = main.QuerySelector("#term-otan")!;
        Assert.Equal(["articles/alpha.html#context-p2", "articles/beta.html#more-p1"],
            otan.QuerySelectorAll(".index-locator").Select(a => a.GetAttribute("href")));
        Assert.Empty(LinkChecker.Problems(site.Output));
    }

    [Fact]
    public void The_chronology_merges_the_data_file_and_article_events_in_date_order_with_dates_per_language()
    {
        using var site = Book();
        DiagnosticAssert.NoErrors(site.Build());
        var fr = MainOf(site, "fr/chronology.html");
        var events = fr.QuerySelectorAll("ol.events > li").ToList();
        Assert.Equal(["2007", "31 janvier 2023", "août 2023", "18 août 2023"], events.Select(e => e.QuerySelector("time")!.TextContent));
        Assert.Equal(["2007", "2023-01-31", "2023-08", "2023-08-18"], events.Select(e => e.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal("Sommet de Camp David.", events[3].QuerySelector("p")!.TextContent);
        Assert.Equal(["articles/alpha.html"], events[3].QuerySelectorAll(".event-articles a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["articles/alpha.html", "articles/beta.html"], events[1].QuerySelectorAll(".event-articles a").Select(a => a.GetAttribute("href")));
        var en = MainOf(site, "en/chronology.html");
        Assert.Equal(["2007", "31 January 2023", "18 August 2023"], en.QuerySelectorAll("ol.events time").Select(t => t.TextContent));
        var svg = fr.QuerySelector("figure.timeline svg")!;
        Assert.Equal("Frise chronologique", svg.QuerySelector("title")!.TextContent);
        Assert.StartsWith("4 événements, de 2007 à 2023", svg.QuerySelector("desc")!.TextContent);
        Assert.Equal(4, svg.QuerySelectorAll("circle").Length);
        Assert.Equal(3, en.QuerySelectorAll("figure.timeline circle").Length);
    }

    [Fact]
    public void An_article_lists_the_pages_that_cite_it_and_its_related_articles_best_first()
    {
        using var site = Book();
        DiagnosticAssert.NoErrors(site.Build());
        var alpha = MainOf(site, "fr/articles/alpha.html");
        Assert.Equal(["beta.html#more-p1"], alpha.QuerySelectorAll(".cited-in a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["beta.html"], alpha.QuerySelectorAll(".related-articles a").Select(a => a.GetAttribute("href")));
        var beta = MainOf(site, "fr/articles/beta.html");
        Assert.Empty(beta.QuerySelectorAll(".cited-in a"));
        Assert.Empty(MainOf(site, "fr/articles/gamma.html").QuerySelectorAll(".article-links"));
    }

    [Fact]
    public void Related_articles_rank_shared_tags_and_entries_then_book_order_then_key()
    {
        using var site = Book()
            .Write("content/fr/articles/epsilon.md", TestSite.Article("Epsilon", "defense", "R.", "Rien.\n"))
            .Write("content/fr/articles/delta.md", TestSite.Article("Delta", "defense", "R.", "Rien.\n"))
            .Write("content/fr/articles/zeta.md", TestSite.Article("Zeta", "autre", "R.", "Mark Rutte.\n"));
        site.Build();
        var related = MainOf(site, "fr/articles/alpha.html").QuerySelectorAll(".related-articles a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["beta.html", "delta.html", "epsilon.html", "zeta.html"], related);
    }

    [Fact]
    public void Only_the_five_best_related_articles_are_listed_wherever_they_stand_in_the_book()
    {
        var site = Book();
        // Six articles share the tag only; the best one comes last in key order and shares an entry as well.
        foreach (var key in new[] { "r1", "r2", "r3", "r4", "r5", "r6" })
        {
            site.Write($"content/fr/articles/{key}.md", TestSite.Article(key.ToUpperInvariant(), "defense", "R.", "Rien.\n"));
        }
        site.Write("content/fr/articles/z9.md", TestSite.Article("Z9", "defense", "R.", "Mark Rutte.\n"));
        using (site)
        {
            DiagnosticAssert.NoErrors(site.Build());
            var related = MainOf(site, "fr/articles/alpha.html").QuerySelectorAll(".related-articles a").Select(a => a.GetAttribute("href"));
            Assert.Equal(["beta.html", "z9.html", "r1.html", "r2.html", "r3.html"], related);
        }
    }

    [Fact]
    public void Every_broken_reference_is_reported_with_its_position_and_fails_the_build()
    {
        using var site = Book()
            .Write("content/fr/articles/beta.md", TestSite.Article("Beta", "defense", "R.", "Voir [[alpah]].\n\nEt [[alpha#nulle-part]].\n"))
            .Write("content/en/articles/gamma.md", TestSite.Article("Gamma", "other", "S.", "Unrelated, see [[betta|beta]].\n"));
        var result = site.Build();
        Assert.False(result.Succeeded);
        var unknown = DiagnosticAssert.HasError(result, "BB3006", "content/fr/articles/beta.md", 8, 6);
        Assert.Contains("'alpha'", unknown.Hint);
        DiagnosticAssert.HasError(result, "BB3006", "content/fr/articles/beta.md", 10, 4);
        DiagnosticAssert.HasError(result, "BB3006", "content/en/articles/gamma.md", 8, 16);
        Assert.Equal(3, result.Errors.Count(d => d.Id == "BB3006"));
    }

    [Fact]
    public void Broken_references_can_be_made_warnings_in_site_yml()
    {
        using var site = Book()
            .Write("site.yml", TestSite.SiteYml + "\nchecks:\n  broken_reference: warning\n")
            .Write("content/fr/articles/beta.md", TestSite.Article("Beta", "defense", "R.", "Voir [[alpah]].\n"));
        var result = site.Build();
        DiagnosticAssert.NoErrors(result);
        DiagnosticAssert.HasWarning(result, "BB3006", "content/fr/articles/beta.md", 8);
        Assert.NotNull(MainOf(site, "fr/articles/beta.html").QuerySelector(".xref-broken"));
    }

    [Fact]
    public void An_article_event_with_a_wrong_date_is_an_error_at_its_position()
    {
        using var site = new TestSite()
            .Write("content/fr/articles/alpha.md", "---\ntitle: Alpha\nevents:\n  - date: 2023-13\n    text: Jamais.\n  - text: Sans date.\n---\nTexte.\n");
        var result = site.Build();
        DiagnosticAssert.HasError(result, "BB2013", "content/fr/articles/alpha.md", 4, 11);
        DiagnosticAssert.HasError(result, "BB2012", "content/fr/articles/alpha.md", 6);
    }

    [Fact]
    public void An_index_see_that_leads_to_no_term_is_a_warning_at_the_mark()
    {
        using var site = Book()
            .Write("content/fr/articles/gamma.md", TestSite.Article("Gamma", "autre", "R.", "Texte (((Bidule, voir: Machin))) et (((Truc, voir aussi: Alliance atlantique))).\n"));
        var result = site.Build();
        DiagnosticAssert.NoErrors(result);
        var warning = DiagnosticAssert.HasWarning(result, "BB3008", "content/fr/articles/gamma.md", 8);
        Assert.Equal(7, warning.Column);
        Assert.Contains("'Machin'", warning.Message);
        Assert.Single(result.Diagnostics, d => d.Id == "BB3008");
        var truc = MainOf(site, "fr/book-index.html").QuerySelector("#term-truc .index-see-also a")!;
        Assert.Equal(("#term-otan", "OTAN"), (truc.GetAttribute("href"), truc.TextContent));
    }

    [Fact]
    public void The_index_prints_people_as_filed_and_entries_as_their_index_form_whatever_name_a_mark_uses()
    {
        using var site = new TestSite()
            .Write("content/fr/people/biden.md", "---\nname: Joe Biden\naliases: [Biden]\nsort_as: Biden, Joe\ndefinition: Président.\n---\n")
            .Write("content/fr/people/kishida.md", "---\nname: Kishida Fumio\naliases: [Kishida]\nsort_as: Kishida Fumio\ndefinition: Premier ministre.\n---\n")
            .Write("content/fr/people/rutte.md", "---\nname: Mark Rutte\ndefinition: Secrétaire général.\n---\n")
            .Write("content/fr/glossary/camp-david.md", "---\nname: Sommet de Camp David\naliases: [sommet de Camp David]\nsort_as: Camp David\n" +
                "index_as: Camp David (sommet de)\ndefinition: Sommet de 2023.\n---\n")
            .Write("content/fr/articles/alpha.md", TestSite.Article("Alpha", "defense", "R.",
                "## Un {#one}\n\nJoe Biden reçoit Kishida et Mark Rutte (((Camp David, engagements))).\n\n" +
                "Au sommet de Camp David (((Maison-Blanche, voir : Joe Biden))).\n\nAvec lui (((Sommet de Camp David))).\n"));
        DiagnosticAssert.NoErrors(site.Build());
        var main = MainOf(site, "fr/book-index.html");

        var terms = main.QuerySelectorAll("ul.index-terms > li").Select(li => li.QuerySelector(".index-term-name")!.TextContent).ToList();
        Assert.Equal(["Biden, Joe", "Camp David (sommet de)", "Kishida Fumio", "Maison-Blanche", "Mark Rutte"], terms);
        var campDavid = main.QuerySelector("#letter-c #term-sommet-de-camp-david")!;
        Assert.Equal(["articles/alpha.html#one-p2", "articles/alpha.html#one-p3"],
            campDavid.QuerySelectorAll(":scope > .index-locator, :scope > .index-locator-more").Select(a => a.GetAttribute("href")));
        Assert.Equal("engagements", campDavid.QuerySelector(".index-subterm-name")!.TextContent);
        Assert.Equal("articles/alpha.html#one-p1", main.QuerySelector("#term-joe-biden .index-locator")!.GetAttribute("href"));
        var see = main.QuerySelector("#term-maison-blanche .index-see a")!;
        Assert.Equal(("#term-joe-biden", "Biden, Joe"), (see.GetAttribute("href"), see.TextContent));
    }
}
