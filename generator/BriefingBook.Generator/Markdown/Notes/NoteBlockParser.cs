using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace BriefingBook.Generator.Markdown.Notes;

/// <summary>
/// Opens a <see cref="NoteBlock"/> on <c>:::editor-note</c> or <c>:::margin</c>; any other <c>:::</c> fence is
/// left to the custom container parser.
/// </summary>
public sealed class NoteBlockParser : FencedBlockParserBase<NoteBlock>
{
    /// <summary>Creates the parser, opened by <c>:</c>.</summary>
    public NoteBlockParser()
    {
        OpeningCharacters = [':'];
        InfoPrefix = null;
        InfoParser = ParseInfo;
    }

    /// <summary>The note kind named by a fence's info word, or null for any other word.</summary>
    public static NoteKind? KindOf(string? info) => info switch
    {
        "editor-note" => NoteKind.EditorNote,
        "margin" => NoteKind.Margin,
        _ => null,
    };

    /// <inheritdoc />
    protected override NoteBlock CreateFencedBlock(BlockProcessor processor) => new(this);

    private static bool ParseInfo(BlockProcessor processor, ref StringSlice line, IFencedBlock fenced, char openingCharacter) =>
        DefaultInfoParser(processor, ref line, fenced, openingCharacter) && KindOf(fenced.Info) is not null;
}
