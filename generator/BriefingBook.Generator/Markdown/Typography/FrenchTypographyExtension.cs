using BriefingBook.Generator.Markdown.Session;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.Typography;

/// <summary>
/// Applies <see cref="FrenchTypography"/> to the text of a parsed document: literals only, so code, raw
/// HTML and link destinations are never touched; the text of bare-URL links is skipped as well.
/// </summary>
public sealed class FrenchTypographyExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Apply;
        pipeline.DocumentProcessed += Apply;
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Apply(MarkdownDocument document)
    {
        foreach (var literal in MarkdownTree.Inlines(document).OfType<LiteralInline>())
        {
            if (literal.Parent is LinkInline { IsAutoLink: true } || literal.Content.IsEmpty)
            {
                continue;
            }

            var text = literal.Content.ToString();
            var spaced = FrenchTypography.Apply(text, Neighbour(literal.PreviousSibling, last: true), Neighbour(literal.NextSibling, last: false));
            if (!ReferenceEquals(spaced, text))
            {
                literal.Content = new Markdig.Helpers.StringSlice(spaced);
            }
        }
    }

    private static char Neighbour(Inline? inline, bool last) => inline switch
    {
        null => '\0',
        LiteralInline { Content.IsEmpty: false } literal => last ? literal.Content.Text[literal.Content.End] : literal.Content.CurrentChar,
        LineBreakInline => '\n',
        _ => 'x',
    };
}
