using AngleSharp.Dom;

namespace BriefingBook.Generator.Print;

/// <summary>
/// Marks the cross-references written inside parentheses, "(see NATO and Japan)", with <c>xref-in-parentheses</c>: the
/// stylesheet gives them their page as ", p. 9" instead of " (p. 9)", so parentheses never nest.
/// </summary>
public static class PrintCrossReferences
{
    public const string InParentheses = "xref-in-parentheses";

    /// <summary>The elements whose text a parenthesis opened before a reference may belong to.</summary>
    private const string Scopes = "span.footnote, p, li, dt, dd, td, th, blockquote, figcaption, h1, h2, h3, h4, h5, h6";

    public static void Mark(IElement body)
    {
        foreach (var link in body.QuerySelectorAll("a.xref").ToList())
        {
            if (OpenBefore(link.Closest(Scopes) ?? body, link) > 0)
            {
                link.ClassList.Add(InParentheses);
            }
        }
    }

    /// <summary>How many parentheses are open, in the text of <paramref name="scope"/>, where <paramref name="link"/> starts.</summary>
    private static int OpenBefore(INode scope, INode link)
    {
        var depth = 0;
        foreach (var node in scope.GetDescendants())
        {
            if (ReferenceEquals(node, link))
            {
                return depth;
            }
            // A footnote's own text is set apart at the foot of the page: its parentheses are not the sentence's.
            if (node is IText text && !IsInNoteOf(text, scope))
            {
                foreach (var c in text.Data)
                {
                    depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
                }
            }
        }
        return depth;
    }

    private static bool IsInNoteOf(INode text, INode scope) =>
        text.ParentElement?.Closest("span.footnote") is { } note && !ReferenceEquals(note, scope) && scope.Contains(note);
}
