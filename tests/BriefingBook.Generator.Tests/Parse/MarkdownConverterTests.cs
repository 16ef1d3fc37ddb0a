using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Parse;

namespace BriefingBook.Generator.Tests.Parse;

public sealed class MarkdownConverterTests
{
    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Convert(string markdown, string language = "en", bool allowHtml = false)
    {
        var config = new MarkdownConfig(AllowHtml: allowHtml);
        var converter = new MarkdownConverter(config, MarkdownPipelineFactory.Create(config, language));
        var bag = new DiagnosticBag();
        var (html, _) = converter.Convert(new MarkdownSource(markdown, "content/x.md", 5, language), bag);
        return (html, bag.ToSortedList());
    }

    [Fact]
    public void Footnotes_tables_definition_lists_figures_and_containers_are_rendered()
    {
        var (html, _) = Convert("""
            Text[^1].

            | a | b |
            |---|---|
            | 1 | 2 |

            Term
            :   Definition

            ^^^
            ![Map](map.png)
            ^^^ A caption

            :::aside
            Inside
            :::

            [^1]: The note.
            """);
        Assert.Contains("class=\"footnote-ref\"", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<dl>", html);
        Assert.Contains("<dt>Term</dt>", html);
        Assert.Contains("<figure", html);
        Assert.Contains("<figcaption>A caption</figcaption>", html);
        Assert.Contains("<div class=\"aside\">", html);
    }

    [Fact]
    public void Headings_get_automatic_or_explicit_ids()
    {
        var (html, _) = Convert("## Cyber defence\n\n## Three axes {#three-axis}\n");
        Assert.Contains("<h2 id=\"cyber-defence\">", html);
        Assert.Contains("<h2 id=\"three-axis\">", html);
    }

    [Fact]
    public void Raw_html_is_left_out_by_default_and_reported()
    {
        var (html, diagnostics) = Convert("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>.\n");
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<b", html);
        Assert.Contains("bold", html);
        Assert.Contains(diagnostics, d => d.Id == "BB2021" && d.Line == 5 && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Allowed_raw_html_never_carries_event_handlers_or_scripts()
    {
        var (html, _) = Convert("<div onclick=\"x()\" class=\"box\">a</div>\n\nText <a href=\"javascript:x()\" onmouseover='y()'>b</a>.\n", allowHtml: true);
        Assert.Contains("<div class=\"box\">", html);
        Assert.DoesNotContain("onclick", html);
        Assert.DoesNotContain("onmouseover", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](java&#x09;script:alert(1))")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    public void Unsafe_links_are_dropped_and_their_text_kept(string markdown)
    {
        var (html, diagnostics) = Convert(markdown);
        Assert.DoesNotContain("<a", html);
        Assert.Contains("click", html);
        Assert.Contains(diagnostics, d => d.Id == "BB2020");
    }

    [Fact]
    public void Unsafe_images_and_autolinks_are_dropped()
    {
        var (html, _) = Convert("![x](data:image/svg+xml;base64,AAAA) <javascript:alert(1)>");
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("href=\"javascript", html);
    }

    [Fact]
    public void Safe_links_stay()
    {
        var (html, diagnostics) = Convert("[a](https://example.org) [b](other.html#x) [c](mailto:a@example.org)");
        Assert.Contains("href=\"https://example.org\"", html);
        Assert.Contains("href=\"other.html#x\"", html);
        Assert.Contains("href=\"mailto:a@example.org\"", html);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Event_handler_and_url_attributes_are_never_emitted()
    {
        var (html, diagnostics) = Convert("## Title {#t .c onclick=\"alert(1)\" data-x=1 href=\"javascript:x\" style=\"color:red\"}\n");
        Assert.Contains("id=\"t\"", html);
        Assert.Contains("class=\"c\"", html);
        Assert.Contains("data-x=\"1\"", html);
        Assert.DoesNotContain("onclick", html);
        Assert.DoesNotContain("href", html);
        Assert.DoesNotContain("style", html);
        Assert.Contains(diagnostics, d => d.Id == "BB2020");
    }

    [Fact]
    public void French_punctuation_gets_no_break_spaces()
    {
        var (html, _) = Convert("Pourquoi ? Voici : une alliance ; enfin ! « Citation »", "fr");
        Assert.Contains("Pourquoi\u202F?", html);
        Assert.Contains("Voici\u00A0:", html);
        Assert.Contains("alliance\u202F;", html);
        Assert.Contains("enfin\u202F!", html);
        Assert.Contains("«\u202FCitation\u202F»", html);
    }

    [Fact]
    public void French_spacing_spans_inlines_and_spares_code_and_urls()
    {
        var (html, _) = Convert("*Alliance* ? Voir `a : b` et https://example.org/?q=1 !", "fr");
        Assert.Contains("</em>\u202F?", html);
        Assert.Contains("<code>a : b</code>", html);
        Assert.Contains("href=\"https://example.org/?q=1\"", html);
    }

    [Fact]
    public void Apostrophes_inside_words_become_typographic_but_not_in_code()
    {
        var (html, _) = Convert("l'OTAN et `l'OTAN`", "fr");
        Assert.Contains("l’OTAN et <code>l'OTAN</code>", html);
    }

    [Fact]
    public void An_apostrophe_before_a_guillemet_after_a_link_or_after_a_plural_is_typographic()
    {
        Assert.Equal("L\u2019« OTAN asiatique »", Apostrophes.Apply("L'« OTAN asiatique »"));
        Assert.Equal("the allies\u2019 doubts", Apostrophes.Apply("the allies' doubts"));
        Assert.Equal("'quoted", Apostrophes.Apply("'quoted"));
        var (html, _) = Convert("[NATO](https://example.org/)'s doorstep and *Japan*'s", "en");
        Assert.True(html.Contains("</a>\u2019s doorstep"), html);
        Assert.Contains("</em>\u2019s", html);
    }

    [Theory]
    [InlineData("## Europe's worries, and the critics' mistake", "critics\u2019 mistake")]
    [InlineData("The editors flag the sources' errors.", "sources\u2019 errors")]
    [InlineData("It is 'quoted' here.", "&lsquo;quoted&rsquo; here")]
    public void A_plural_apostrophe_before_a_space_is_typographic_wherever_it_stands(string markdown, string expected)
    {
        var (html, _) = Convert(markdown, "en");
        Assert.Contains(expected, html);
        Assert.DoesNotContain("&#39;", html);
    }

    [Fact]
    public void French_quotes_are_guillemets_and_english_is_untouched()
    {
        var (fr, _) = Convert("Il dit \"bonjour\".", "fr");
        Assert.Contains("«\u202Fbonjour\u202F»", fr);
        var (en, _) = Convert("Why ? \"Hello\".", "en");
        Assert.Contains("Why ?", en);
        Assert.Contains("&ldquo;Hello&rdquo;", en);
    }
}
