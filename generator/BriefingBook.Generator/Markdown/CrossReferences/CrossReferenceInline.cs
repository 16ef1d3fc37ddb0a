using BriefingBook.Generator.Markdown.Catalog;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.CrossReferences;

/// <summary>
/// A reference by key, <c>[[key#section|text]]</c>. Once resolved, its children are the link text: the
/// editor's text, or the target's title in the reader's language.
/// </summary>
public sealed class CrossReferenceInline : ContainerInline
{
    /// <summary>Creates a reference as written.</summary>
    public CrossReferenceInline(string key, string? section, string? text)
    {
        Key = key;
        Section = section;
        Text = text;
    }

    /// <summary>The key written.</summary>
    public string Key { get; }

    /// <summary>The section id after <c>#</c>, or null.</summary>
    public string? Section { get; }

    /// <summary>The editor's link text after <c>|</c>, or null.</summary>
    public string? Text { get; }

    /// <summary>Where it leads, once resolved; null if it leads nowhere.</summary>
    public CrossReferenceTarget? Target { get; internal set; }

    /// <summary>True when the reference sits inside another link and must not become one itself.</summary>
    public bool IsNested { get; internal set; }

    /// <summary>The reference as written between the brackets, without the text.</summary>
    public string Written => Section is null ? Key : Key + "#" + Section;
}
