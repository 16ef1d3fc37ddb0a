using BriefingBook.Generator.Markdown.Session;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.Anchors;

/// <summary>Reads the anchor given to a block, and finds the anchor of the paragraph an inline is in.</summary>
public static class ParagraphAnchors
{
    private static readonly object AnchorKey = new();

    /// <summary>The anchor of the nearest anchored block holding <paramref name="inline"/>, or null.</summary>
    public static string? Find(Inline inline)
    {
        Block? block = MarkdownTree.LeafOf(inline);
        return block is null ? null : Find(block);
    }

    /// <summary>
    /// The anchor of <paramref name="block"/> or of the nearest anchored block holding it; a heading is its own
    /// anchor (its section id). Null when there is none.
    /// </summary>
    public static string? Find(Block block)
    {
        for (Block? current = block; current is not null; current = current.Parent)
        {
            if (current.GetData(AnchorKey) is string anchor)
            {
                return anchor;
            }

            if (current is HeadingBlock heading && heading.TryGetAttributes()?.Id is { } id)
            {
                return id;
            }
        }

        return null;
    }

    internal static void Set(Block block, string anchor) => block.SetData(AnchorKey, anchor);

    internal static bool Has(Block block) => block.GetData(AnchorKey) is string;
}
