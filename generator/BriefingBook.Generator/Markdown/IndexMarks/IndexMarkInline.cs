using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.IndexMarks;

/// <summary>
/// An index mark: <c>((term))</c>, whose words stay in the text as its children, or <c>(((Term, Sub)))</c>,
/// which prints nothing.
/// </summary>
public sealed class IndexMarkInline : ContainerInline
{
    /// <summary>Creates a mark.</summary>
    public IndexMarkInline(IndexMarkSyntax.Parts parts, bool visible)
    {
        Parts = parts;
        Visible = visible;
    }

    /// <summary>What the mark indexes.</summary>
    public IndexMarkSyntax.Parts Parts { get; }

    /// <summary>Whether the words are printed.</summary>
    public bool Visible { get; }
}
