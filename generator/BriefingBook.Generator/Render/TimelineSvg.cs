using System.Globalization;
using System.Text;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Render;

/// <summary>
/// Draws a chronology as an inline SVG at build time: one column per year that has events (a break mark
/// where years without events are skipped), one dot per event stacked in date order, the year under each
/// column. It needs no script or style sheet (it draws in <c>currentColor</c>), so it reads the same on
/// screen and in print; it carries a title and a description, and each dot a title with its date and text,
/// while the list beside it is the full text alternative.
/// </summary>
public static class TimelineSvg
{
    private const int Column = 56;
    private const int Gap = 20;
    private const int Step = 16;
    private const int Radius = 5;
    private const int Top = 12;
    private const int Label = 28;

    /// <param name="items">The events, sorted by date, with their display date and plain text.</param>
    /// <param name="title">The figure's title.</param>
    /// <param name="description">What the figure shows, for readers who cannot see it.</param>
    /// <param name="idPrefix">Prefix of the ids of the title and description, unique on the page.</param>
    public static string Draw(IReadOnlyList<(PartialDate Date, string Display, string Text)> items, string title, string description, string idPrefix)
    {
        if (items.Count == 0)
        {
            return "";
        }
        var years = items.GroupBy(i => i.Date.Year).OrderBy(g => g.Key).ToList();
        var tallest = years.Max(g => g.Count());
        var height = Top + tallest * Step + Label;
        var axis = Top + tallest * Step;
        var x = Gap / 2;
        var body = new StringBuilder();
        var previous = (int?)null;
        foreach (var year in years)
        {
            if (previous is { } p && year.Key > p + 1)
            {
                body.Append(Invariant($"<text class=\"timeline-break\" x=\"{x - Gap / 2}\" y=\"{axis + 4}\" text-anchor=\"middle\" font-size=\"12\" fill=\"currentColor\">…</text>"));
                x += Gap;
            }
            var centre = x + Column / 2;
            body.Append(Invariant($"<g class=\"timeline-year\"><line x1=\"{x + 4}\" y1=\"{axis}\" x2=\"{x + Column - 4}\" y2=\"{axis}\" stroke=\"currentColor\" stroke-width=\"2\"/>"));
            var row = 0;
            foreach (var item in year.OrderBy(i => i.Date))
            {
                var cy = axis - Step / 2 - row * Step;
                var filled = item.Date.Day is not null;
                body.Append(Invariant($"<circle class=\"timeline-event timeline-{(filled ? "day" : item.Date.Month is not null ? "month" : "year")}\" cx=\"{centre}\" cy=\"{cy}\" r=\"{Radius}\" "))
                    .Append(filled ? "fill=\"currentColor\"" : "fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"")
                    .Append("><title>").Append(HtmlText.Escape(item.Display + " — " + item.Text)).Append("</title></circle>");
                row++;
            }
            body.Append(Invariant($"<text x=\"{centre}\" y=\"{axis + 18}\" text-anchor=\"middle\" font-size=\"12\" fill=\"currentColor\">{year.Key}</text></g>"));
            previous = year.Key;
            x += Column;
        }
        var width = x + Gap / 2;
        return new StringBuilder()
            .Append(Invariant($"<svg class=\"timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{idPrefix}-title {idPrefix}-desc\">"))
            .Append("<title id=\"").Append(idPrefix).Append("-title\">").Append(HtmlText.Escape(title)).Append("</title>")
            .Append("<desc id=\"").Append(idPrefix).Append("-desc\">").Append(HtmlText.Escape(description)).Append("</desc>")
            .Append(body)
            .Append("</svg>")
            .ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
