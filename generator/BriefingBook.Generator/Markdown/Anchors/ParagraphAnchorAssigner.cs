using BriefingBook.Generator.Markdown.Session;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BriefingBook.Generator.Markdown.Anchors;

/// <summary>
/// Gives every paragraph an id built from the <c>##</c> section it is in and its rank there
/// (<c>three-axis-p2</c>, or <c>p1</c> before the first section, <c>notes-p1</c> in footnotes). The id depends
/// only on the document, so it is the same at every build, and edits in one section leave the others' ids
/// alone. A paragraph in a tight list gives its id to the list item, a table cell to the table; an explicit
/// <c>{#id}</c> is kept, and a heading's explicit id names its section.
/// </summary>
internal static class ParagraphAnchorAssigner
{
    public static void Assign(MarkdownDocument document)
    {
        var session = AnnotationSession.Of(document);
        string? section = null;
        var rank = 0;
        foreach (var block in MarkdownTree.Blocks(document))
        {
            switch (block)
            {
                case HeadingBlock { Level: <= 2 } heading:
                    section = ExplicitId(heading);
                    rank = 0;
                    break;
                case FootnoteGroup:
                    section = "notes";
                    rank = 0;
                    break;
                case Table table:
                    Give(table);
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is TableCell:
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is ListItemBlock { Parent: ListBlock { IsLoose: false } } item:
                    if (!ParagraphAnchors.Has(item))
                    {
                        Give(item);
                    }

                    break;
                case ParagraphBlock paragraph:
                    Give(paragraph);
                    break;
            }
        }

        // A heading's id written as an attribute (id="...") wins over the one made from its words, and
        // becomes the heading's only id, so that its section's paragraphs are named after it.
        static string? ExplicitId(HeadingBlock heading)
        {
            var attributes = heading.TryGetAttributes();
            var written = attributes?.Properties?.FindLast(p => p.Key == "id");
            if (attributes is not null && written is { Value: { } id })
            {
                attributes.Properties!.RemoveAll(p => p.Key == "id");
                attributes.Id = id;
            }
            return attributes?.Id;
        }

        void Give(Block block)
        {
            rank++;
            var attributes = block.GetAttributes();
            attributes.Id ??= session.Context.IdPrefix + (section is null ? $"p{rank}" : $"{section}-p{rank}");
            ParagraphAnchors.Set(block, attributes.Id);
            session.Result.AnchorList.Add(new ParagraphAnchor(attributes.Id, session.FileLine(block.Line)));
        }
    }
}
