using AngleSharp.Html.Parser;
using BriefingBook.Generator.Print;

namespace BriefingBook.Generator.Tests.Print;

/// <summary>Which cross-references are written inside parentheses, and so print their page without another pair.</summary>
public sealed class PrintCrossReferencesTests
{
    private static bool Marked(string html)
    {
        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>").Body!;
        PrintCrossReferences.Mark(body);
        return body.QuerySelector("a.xref#x")!.ClassList.Contains(PrintCrossReferences.InParentheses);
    }

    [Theory]
    [InlineData("<p>The IP4 (see <a class=\"xref\" id=\"x\" href=\"#a\">Japan and Europe</a>).</p>")]
    [InlineData("<p>The IP4 (four partners; <em>see</em> <a class=\"xref\" id=\"x\" href=\"#a\">Japan and Europe</a>).</p>")]
    [InlineData("<p>(a) and (b (see <a class=\"xref\" id=\"x\" href=\"#a\">Japan and Europe</a>))</p>")]
    [InlineData("<p>A note<span class=\"footnote\">Also (see <a class=\"xref\" id=\"x\" href=\"#a\">Japan and Europe</a>).</span></p>")]
    public void A_reference_inside_an_open_parenthesis_is_marked(string html) => Assert.True(Marked(html));

    [Theory]
    [InlineData("<p>See <a class=\"xref\" id=\"x\" href=\"#a\">Japan and Europe</a> (and the index).</p>")]
    [InlineData("<p>Two (closed) groups (here), then <a class=\"xref\" id=\"x\" href=\"#a\">Japan and Europe</a>.</p>")]
    [InlineData("<p>A note<span class=\"footnote\">left open (as it happens</span> before <a class=\"xref\" id=\"x\" href=\"#a\">Japan and Europe</a>.</p>")]
    [InlineData("<p>Open (here</p><p>but a new paragraph: <a class=\"xref\" id=\"x\" href=\"#a\">Japan and Europe</a>.</p>")]
    [InlineData("<p>(Open here<span class=\"footnote\">a note: <a class=\"xref\" id=\"x\" href=\"#a\">Japan and Europe</a></span>.)</p>")]
    public void A_reference_outside_parentheses_or_in_a_note_apart_from_them_is_not(string html) => Assert.False(Marked(html));
}
