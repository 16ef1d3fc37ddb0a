using AngleSharp.Html.Parser;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Render;

namespace BriefingBook.Generator.Tests.Render;

public sealed class TimelineSvgTests
{
    private static (PartialDate, string, string) Item(string date, string text)
    {
        Assert.True(PartialDate.TryParse(date, out var parsed));
        return (parsed, date, text);
    }

    [Fact]
    public void The_timeline_has_a_title_a_description_and_one_titled_dot_per_event()
    {
        var svg = TimelineSvg.Draw([Item("2007", "First"), Item("2022-06-28", "Summit"), Item("2023-01", "Visit"), Item("2023-02-01", "Office <&>")],
            "Timeline", "4 events", "tl");
        var document = new HtmlParser().ParseDocument("<body>" + svg + "</body>");
        var root = document.QuerySelector("svg")!;
        Assert.Equal("img", root.GetAttribute("role"));
        Assert.Equal("tl-title tl-desc", root.GetAttribute("aria-labelledby"));
        Assert.Equal("Timeline", document.GetElementById("tl-title")!.TextContent);
        Assert.Equal("4 events", document.GetElementById("tl-desc")!.TextContent);
        var dots = root.QuerySelectorAll("circle.timeline-event");
        Assert.Equal(4, dots.Length);
        Assert.Equal("2023-02-01 — Office <&>", dots[3].QuerySelector("title")!.TextContent);
        Assert.Equal(["2007", "2022", "2023"], root.QuerySelectorAll("g.timeline-year > text").Select(t => t.TextContent));
        Assert.Single(root.QuerySelectorAll(".timeline-break"));
        Assert.DoesNotContain("script", svg);
        Assert.Contains("currentColor", svg);
    }

    [Fact]
    public void Events_of_one_year_are_stacked_in_date_order()
    {
        var svg = TimelineSvg.Draw([Item("2023-01-30", "a"), Item("2023-08-18", "b")], "T", "D", "tl");
        var dots = new HtmlParser().ParseDocument(svg).QuerySelectorAll("circle").ToList();
        Assert.Equal(dots[0].GetAttribute("cx"), dots[1].GetAttribute("cx"));
        Assert.True(double.Parse(dots[0].GetAttribute("cy")!) > double.Parse(dots[1].GetAttribute("cy")!));
        Assert.Equal("", TimelineSvg.Draw([], "T", "D", "tl"));
    }
}
