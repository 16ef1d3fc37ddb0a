using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.IndexMarks;

/// <summary>
/// Keeps an invisible index mark from showing as a space. Editors write the mark after the words it indexes,
/// with a space: <c>avec elle (((Terme))).</c> The spaces before the mark are dropped when a space follows it, or
/// when the next thing printed closes a phrase (<c>. , ; : ! ? …</c>, a closing bracket or quote) or is the end of
/// the line or paragraph: <c>avec elle.</c>; at the start of a line or paragraph, the spaces after it are. Other
/// invisible marks and the spaces between them count as nothing.
/// </summary>
internal static class HiddenMarkSpacing
{
    private const string Closing = ".,;:!?…)]}»”’\"'";

    public static void Tidy(IndexMarkInline mark)
    {
        var next = Skip(mark.NextSibling, forward: true);
        var previous = Skip(mark.PreviousSibling, forward: false);
        if (previous is not (null or LineBreakInline) && (ClosesPhrase(next) || StartsWithSpace(mark.NextSibling)))
        {
            for (var inline = mark.PreviousSibling; inline is not null; inline = inline.PreviousSibling)
            {
                if (inline is LiteralInline literal)
                {
                    TrimEnd(literal);
                }

                if (ReferenceEquals(inline, previous))
                {
                    break;
                }
            }
        }
        else if (previous is null or LineBreakInline)
        {
            for (var inline = mark.NextSibling; inline is not null; inline = inline.NextSibling)
            {
                if (inline is LiteralInline literal)
                {
                    TrimStart(literal);
                }

                if (ReferenceEquals(inline, next))
                {
                    break;
                }
            }
        }
    }

    // The nearest sibling that prints something: other invisible marks and blank text are passed over.
    private static Inline? Skip(Inline? inline, bool forward)
    {
        while (inline is IndexMarkInline { Visible: false } || (inline is LiteralInline literal && literal.Content.AsSpan().IsWhiteSpace()))
        {
            inline = forward ? inline.NextSibling : inline.PreviousSibling;
        }

        return inline;
    }

    private static bool ClosesPhrase(Inline? next) => next switch
    {
        null or LineBreakInline => true,
        LiteralInline literal => StartsWithClosing(literal.Content.AsSpan().TrimStart()),
        SmartyPant smartyPant => smartyPant.Type is SmartyPantType.RightQuote or SmartyPantType.RightDoubleQuote
            or SmartyPantType.RightAngleQuote or SmartyPantType.Ellipsis,
        _ => false,
    };

    private static bool StartsWithSpace(Inline? next) =>
        next is LiteralInline literal && literal.Content.Length > 0 && char.IsWhiteSpace(literal.Content.Text[literal.Content.Start]);

    private static bool StartsWithClosing(ReadOnlySpan<char> text) => text.Length > 0 && Closing.Contains(text[0]);

    private static void TrimEnd(LiteralInline literal)
    {
        var content = literal.Content;
        while (content.Length > 0 && char.IsWhiteSpace(content.Text[content.End]))
        {
            content.End--;
            literal.Span = new SourceSpan(literal.Span.Start, literal.Span.End - 1);
        }

        literal.Content = content;
    }

    // Moves the start of the text and its position together, so that mentions found in it keep their column.
    private static void TrimStart(LiteralInline literal)
    {
        var content = literal.Content;
        while (content.Length > 0 && char.IsWhiteSpace(content.Text[content.Start]))
        {
            content.Start++;
            literal.Column++;
            literal.Span = new SourceSpan(literal.Span.Start + 1, literal.Span.End);
        }

        literal.Content = content;
    }
}
