using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace BriefingBook.Generator.Markdown.Session;

/// <summary>
/// Hands the session from Markdig's parser context to the document as soon as the first block closes: the
/// passes that run once the document is parsed only see the document.
/// </summary>
internal static class AnnotationSessionBinder
{
    /// <summary>Listens to the closing of blocks of every block parser present; safe to call more than once.</summary>
    public static void Install(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in pipeline.BlockParsers)
        {
            parser.Closed -= OnBlockClosed;
            parser.Closed += OnBlockClosed;
        }
    }

    private static void OnBlockClosed(BlockProcessor processor, Block block)
    {
        AnnotationSession.Attach(processor.Document, processor.Context);
    }
}
