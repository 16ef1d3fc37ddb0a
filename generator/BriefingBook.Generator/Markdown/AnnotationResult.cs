using BriefingBook.Generator.Markdown.Anchors;
using BriefingBook.Generator.Markdown.CrossReferences;
using BriefingBook.Generator.Markdown.EntryLinks;
using BriefingBook.Generator.Markdown.IndexMarks;

namespace BriefingBook.Generator.Markdown;

/// <summary>
/// What the annotation layer found in one document, in document order, for the stages that build the
/// glossary, the index, backlinks and diagnostics.
/// </summary>
public sealed class AnnotationResult
{
    internal List<EntryMention> MentionList { get; } = [];
    internal List<IndexMark> IndexMarkList { get; } = [];
    internal List<CrossReference> CrossReferenceList { get; } = [];
    internal List<ParagraphAnchor> AnchorList { get; } = [];

    /// <summary>Every mention of an entry, linked or not.</summary>
    public IReadOnlyList<EntryMention> Mentions => MentionList;

    /// <summary>Every explicit index mark.</summary>
    public IReadOnlyList<IndexMark> IndexMarks => IndexMarkList;

    /// <summary>Every cross-reference, resolved or not.</summary>
    public IReadOnlyList<CrossReference> CrossReferences => CrossReferenceList;

    /// <summary>The cross-references that lead nowhere, each with its line and column.</summary>
    public IEnumerable<CrossReference> UnresolvedReferences => CrossReferenceList.Where(reference => !reference.IsResolved);

    /// <summary>Every paragraph anchor, in document order.</summary>
    public IReadOnlyList<ParagraphAnchor> Anchors => AnchorList;
}
