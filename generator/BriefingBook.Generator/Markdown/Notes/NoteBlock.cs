using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;

namespace BriefingBook.Generator.Markdown.Notes;

/// <summary>An editor's note or a margin note: a fenced <c>:::</c> block whose children are ordinary Markdown.</summary>
public sealed class NoteBlock : CustomContainer
{
    /// <summary>Creates the block for its parser.</summary>
    public NoteBlock(BlockParser parser) : base(parser)
    {
    }

    /// <summary>Which note this is, from the word after <c>:::</c>.</summary>
    public NoteKind Kind => NoteBlockParser.KindOf(Info) ?? NoteKind.EditorNote;
}
