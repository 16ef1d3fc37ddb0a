using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Parse;

/// <summary>Turns a Markdown body into safe HTML and the list of its headings, with the language's typography.</summary>
public sealed class MarkdownConverter(MarkdownConfig config, MarkdownPipeline pipeline)
{
    public MarkdownDocument Parse(MarkdownSource source, DiagnosticBag diagnostics)
    {
        var document = global::Markdig.Markdown.Parse(HeadingAttributeRewriter.Rewrite(source.Text), pipeline);
        HtmlSafetyPass.Apply(document, source, config.AllowHtml, diagnostics);
        if (config.SmartPunctuation)
        {
            Apostrophes.Apply(document);
        }
        if (IsFrench(source.Language))
        {
            FrenchSpacing.Apply(document);
        }
        return document;
    }

    public string Render(MarkdownDocument document)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    public (string Html, IReadOnlyList<Heading> Headings) Convert(MarkdownSource source, DiagnosticBag diagnostics)
    {
        var document = Parse(source, diagnostics);
        return (Render(document), Headings(document));
    }

    public static IReadOnlyList<Heading> Headings(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, h.TryGetAttributes()?.Id ?? "", PlainText(h.Inline)))
            .Where(h => h.Id.Length > 0)
            .ToList();

    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }
        var builder = new System.Text.StringBuilder();
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
            }
        }
        return builder.ToString().Trim();
    }

    public static bool IsFrench(string language) => language == "fr" || language.StartsWith("fr-", StringComparison.Ordinal);
}
