namespace BriefingBook.Generator.Markdown.Notes;

/// <summary>The kinds of note an editor can write as a <c>:::</c> block.</summary>
public enum NoteKind
{
    /// <summary><c>:::editor-note</c>: an aside labelled as the editors' words.</summary>
    EditorNote,

    /// <summary><c>:::margin</c>: shown in the margin on wide screens, inline on narrow ones.</summary>
    Margin,
}
