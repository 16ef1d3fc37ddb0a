using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Site;

public sealed class WholeSiteTests
{
    [Fact]
    public void Every_page_of_each_language_is_written()
    {
        using var site = new TestSite();
        DiagnosticAssert.NoErrors(site.Build());
        foreach (var path in new[]
        {
            "index.html", "sitemap.xml", "assets/site.css", "assets/site.js",
            "fr/index.html", "fr/articles/alpha.html", "fr/tags/index.html", "fr/tags/alpha.html", "fr/404.html",
            "en/index.html", "en/articles/alpha.html", "en/tags/index.html", "en/tags/alpha.html", "en/404.html",
        })
        {
            Assert.True(site.Exists(path), path + " is missing");
        }
    }

    [Fact]
    public void Pages_declare_their_language_and_alternates()
    {
        using var site = new TestSite();
        site.Build();
        var fr = site.Read("fr/articles/alpha.html");
        Assert.Contains("<html lang=\"fr\">", fr);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../../en/articles/alpha.html\">", fr);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"alpha.html\">", fr);
        var home = site.Read("en/index.html");
        Assert.Contains("<html lang=\"en\">", home);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../index.html\">", home);
    }

    [Fact]
    public void The_root_page_offers_every_language()
    {
        using var site = new TestSite();
        site.Build();
        var root = site.Read("index.html");
        Assert.Contains("href=\"fr/index.html\"", root);
        Assert.Contains("href=\"en/index.html\"", root);
        Assert.Contains("Livre d\u2019essai", root);
        Assert.Contains("Test book", root);
    }

    [Fact]
    public void The_sitemap_lists_pages_with_hreflang_alternates()
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.SiteYml + "\nbase_url: https://example.org/book\n");
        site.Build();
        var sitemap = site.Read("sitemap.xml");
        Assert.Contains("<loc>https://example.org/book/fr/articles/alpha.html</loc>", sitemap);
        Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/book/en/articles/alpha.html\"/>", sitemap);
        Assert.Contains("<lastmod>2026-11-21</lastmod>", sitemap);
        Assert.DoesNotContain("404", sitemap);
    }

    [Fact]
    public void The_home_page_lists_articles_in_order_with_summaries()
    {
        using var site = new TestSite()
            .Write("content/fr/articles/beta.md", TestSite.Article("Bêta", "alpha", "Deuxième.", "Texte.").Replace("order: 1", "order: 0"))
            .Write("content/en/articles/beta.md", TestSite.Article("Beta", "alpha", "Second.", "Text.").Replace("order: 1", "order: 0"));
        DiagnosticAssert.NoErrors(site.Build());
        var home = site.Read("fr/index.html");
        Assert.True(home.IndexOf("Bêta", StringComparison.Ordinal) < home.IndexOf("Alpha en français", StringComparison.Ordinal));
        Assert.Contains("Premier dossier.", home);
        Assert.Contains("href=\"articles/alpha.html\"", home);
    }

    [Fact]
    public void The_language_switch_leads_to_the_counterpart_with_the_shared_sections()
    {
        using var site = new TestSite();
        site.Build();
        var fr = site.Read("fr/articles/alpha.html");
        Assert.Contains("href=\"../../en/articles/alpha.html\" hreflang=\"en\" lang=\"en\" data-sections=\"context\"", fr);
    }

    [Fact]
    public void A_page_without_counterpart_is_reported_and_its_switch_leads_to_a_not_translated_page()
    {
        using var site = new TestSite().Write("content/fr/articles/beta.md", TestSite.Article("Bêta", "alpha", "Seul.", "Texte."));
        var result = site.Build();
        DiagnosticAssert.NoErrors(result);
        DiagnosticAssert.HasWarning(result, "BB3001", "content/fr/articles/beta.md");
        Assert.Contains("href=\"../../en/not-translated/articles/beta.html\"", site.Read("fr/articles/beta.html"));
        var fallback = site.Read("en/not-translated/articles/beta.html");
        Assert.Contains("<html lang=\"en\">", fallback);
        Assert.Contains("Not translated yet", fallback);
        Assert.Contains("href=\"../../../fr/articles/beta.html\"", fallback);
        Assert.Contains("noindex", fallback);
    }

    [Fact]
    public void Every_link_is_relative_and_reaches_a_file()
    {
        using var site = new TestSite().Write("content/fr/articles/beta.md", TestSite.Article("Bêta", "gamma", "Seul.", "Texte."));
        DiagnosticAssert.NoErrors(site.Build());
        Assert.Empty(LinkChecker.Problems(site.Output));
    }

    [Fact]
    public void Front_matter_values_are_escaped_in_templates()
    {
        using var site = new TestSite().Write("content/en/articles/alpha.md",
            "---\ntitle: \"<script>alert(1)</script> & \\\"q\\\"\"\nsummary: \"<img src=x onerror=alert(1)>\"\nauthors: [\"<b>me</b>\"]\n---\nText.\n");
        DiagnosticAssert.NoErrors(site.Build());
        var html = site.Read("en/articles/alpha.html");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<b>me", html);
        Assert.Contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</h1>", html);
    }

    [Fact]
    public void Free_keys_reach_templates_as_written_and_a_book_can_override_a_template()
    {
        using var site = new TestSite()
            .Write("templates/layouts/custom.html", "<p id=\"params\">{{ page.params.code }}|{{ page.params.version }}|{{ page.params.flag }}|{{ page.params.when }}</p>")
            .Write("templates/layouts/article.en.html", "<p id=\"override\">{{ page.title }}</p>")
            .Write("content/fr/articles/alpha.md", "---\ntitle: A\nlayout: custom\ncode: 0123\nversion: 1.10\nflag: NO\nwhen: 2026-11-21T23:30:00-05:00\n---\n");
        DiagnosticAssert.NoErrors(site.Build());
        Assert.Contains("<p id=\"params\">0123|1.10|NO|2026-11-21T23:30:00-05:00</p>", site.Read("fr/articles/alpha.html"));
        Assert.Contains("<p id=\"override\">Alpha in English</p>", site.Read("en/articles/alpha.html"));
    }

    [Fact]
    public void Dates_keep_the_day_written_with_their_offset()
    {
        using var site = new TestSite().Write("content/en/articles/alpha.md",
            "---\ntitle: A\ndate: 2026-11-21T23:30:00-05:00\n---\n");
        DiagnosticAssert.NoErrors(site.Build());
        Assert.Contains("<time datetime=\"2026-11-21T23:30:00-05:00\">21 November 2026</time>", site.Read("en/articles/alpha.html"));
    }

    [Fact]
    public void French_titles_get_no_break_spaces_before_punctuation()
    {
        using var site = new TestSite().Write("content/fr/articles/alpha.md", "---\ntitle: \"Japon : vers une alliance ?\"\n---\n");
        site.Build();
        Assert.Contains("<h1>Japon\u00A0: vers une alliance\u202F?</h1>", site.Read("fr/articles/alpha.html"));
    }

    [Fact]
    public void Drafts_are_built_only_when_asked()
    {
        using var site = new TestSite().Write("content/fr/articles/draft.md", "---\ntitle: Brouillon\ndraft: true\n---\n");
        site.Build();
        Assert.False(site.Exists("fr/articles/draft.html"));
        site.Build(drafts: true);
        Assert.True(site.Exists("fr/articles/draft.html"));
    }

    [Fact]
    public void Raw_html_is_left_out_by_default_and_cleaned_when_allowed()
    {
        const string body = "<div class=\"box\" onclick=\"steal()\">Boîte</div>\n\n<script>alert(1)</script>\n\nTexte <span onmouseover=\"x()\">ici</span> et <a href=\"javascript:alert(1)\">lien</a>.\n";
        using var site = new TestSite().Write("content/fr/articles/alpha.md", "---\ntitle: A\n---\n" + body);
        var result = site.Build();
        DiagnosticAssert.HasWarning(result, "BB2021", "content/fr/articles/alpha.md", 4);
        var left = site.Read("fr/articles/alpha.html");
        Assert.DoesNotContain("<div class=\"box\"", left);
        Assert.DoesNotContain("<script>alert", left);
        Assert.DoesNotContain("steal()", left);

        site.Write("site.yml", TestSite.SiteYml + "\nmarkdown:\n  allow_html: true\n");
        DiagnosticAssert.NoErrors(site.Build());
        var allowed = site.Read("fr/articles/alpha.html");
        Assert.Contains("<div class=\"box\"", allowed);
        Assert.DoesNotContain("<script>alert", allowed);
        Assert.DoesNotContain("onclick", allowed);
        Assert.DoesNotContain("onmouseover", allowed);
        Assert.DoesNotContain("javascript:", allowed);
    }

    [Fact]
    public void The_chronology_lists_events_in_date_order_with_their_articles()
    {
        using var site = new TestSite().Write("content/chronology.yml",
            "- date: 2024-10\n  fr: Deux\n  en: Two\n  articles: [alpha]\n- date: 2023-01-31\n  fr: Un\n  en: One\n- date: 2022\n  fr: Zéro\n  en: Zero\n");
        DiagnosticAssert.NoErrors(site.Build());
        var page = site.Read("fr/chronology.html");
        var fr = page[page.IndexOf("<ol class=\"events\"", StringComparison.Ordinal)..];
        Assert.True(fr.IndexOf("Zéro", StringComparison.Ordinal) < fr.IndexOf(">Un<", StringComparison.Ordinal));
        Assert.True(fr.IndexOf(">Un<", StringComparison.Ordinal) < fr.IndexOf("Deux", StringComparison.Ordinal));
        Assert.Contains("<time datetime=\"2023-01-31\">31 janvier 2023</time>", fr);
        Assert.Contains("<time datetime=\"2024-10\">octobre 2024</time>", fr);
        Assert.Contains("href=\"articles/alpha.html\"", fr);
        Assert.Contains("<time datetime=\"2023-01-31\">31 January 2023</time>", site.Read("en/chronology.html"));
        Assert.Empty(LinkChecker.Problems(site.Output));
    }
}
