using AngleSharp.Html.Parser;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Render;

namespace BriefingBook.Generator.Print;

/// <summary>
/// The last pass over a rendered print document: every id is unique (a template that repeats one is reported),
/// and a link inside the document that leads to no id keeps its words but loses its link.
/// </summary>
public static class PrintDocumentCheck
{
    public static string Run(string html, string path, SourceLocation at, DiagnosticBag diagnostics)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            if (!ids.Add(element.Id!))
            {
                diagnostics.Error(RenderDiagnosticIds.TemplateRuntime, at, $"the print edition {path} has the id '{element.Id}' twice",
                    "ids must be unique across the print document: prefix them with the article's or section's id in the print layout");
            }
        }
        var changed = false;
        foreach (var link in document.QuerySelectorAll("a[href^='#']").ToList())
        {
            if (!ids.Contains(link.GetAttribute("href")![1..]))
            {
                while (link.FirstChild is { } child)
                {
                    link.Parent!.InsertBefore(child, link);
                }
                link.Remove();
                changed = true;
            }
        }
        return changed ? "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n" : html;
    }
}
