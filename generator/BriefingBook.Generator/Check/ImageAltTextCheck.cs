using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Check;

/// <summary>
/// Reports an image written with no text alternative (<c>![](map.png)</c>): readers who cannot see it,
/// and the print edition when it is missing, get nothing.
/// </summary>
public static class ImageAltTextCheck
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static void Run(Site site, DiagnosticBag diagnostics)
    {
        var texts = site.Pages.Select(p => (p.SourcePath, p.Markdown, p.BodyLine))
            .Concat(site.Entries.Select(e => (e.SourcePath, e.Markdown, e.BodyLine)));
        foreach (var (path, markdown, bodyLine) in texts)
        {
            foreach (var image in Markdig.Markdown.Parse(markdown, Pipeline).Descendants<LinkInline>().Where(l => l.IsImage))
            {
                var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
                if (string.IsNullOrWhiteSpace(alt))
                {
                    diagnostics.Error(CheckDiagnosticIds.ImageWithoutAltText, new SourceLocation(path, bodyLine + image.Line, image.Column + 1),
                        $"the image '{image.Url}' has no text alternative",
                        "describe what it shows between the brackets: ![Map of the Korean peninsula](" + image.Url + ")");
                }
            }
        }
    }
}
