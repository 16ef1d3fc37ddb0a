using System.Text;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>
/// The text of consecutive sibling inlines that read as plain words (literals, soft line breaks, typographic
/// quotes, entities), with where each came from, so that a mention can span a line break or an apostrophe.
/// </summary>
internal sealed class TextRun
{
    private readonly StringBuilder text = new();
    private readonly List<Segment> segments = [];

    /// <summary>A piece of the run: the inline it came from and where its text starts in the run.</summary>
    public readonly record struct Segment(Inline Inline, int Start, int Length);

    public IReadOnlyList<Segment> Segments => segments;

    public bool HasLiteral { get; private set; }

    public string Text => text.ToString();

    /// <summary>Adds an inline if it reads as plain text; returns false for anything else.</summary>
    public bool TryAdd(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                Append(inline, literal.Content.AsSpan());
                HasLiteral |= literal.Content.Length > 0;
                return true;
            case LineBreakInline { IsHard: false }:
                Append(inline, " ");
                return true;
            case SmartyPant smartyPant:
                Append(inline, SmartyPantText(smartyPant.Type));
                return true;
            case HtmlEntityInline entity:
                Append(inline, entity.Transcoded.AsSpan());
                return true;
            default:
                return false;
        }
    }

    public void Clear()
    {
        text.Clear();
        segments.Clear();
        HasLiteral = false;
    }

    /// <summary>The index of the segment holding the character at <paramref name="position"/> of the run.</summary>
    public int SegmentAt(int position)
    {
        for (var i = 0; i < segments.Count; i++)
        {
            if (position < segments[i].Start + segments[i].Length)
            {
                return i;
            }
        }

        return segments.Count - 1;
    }

    private void Append(Inline inline, ReadOnlySpan<char> value)
    {
        segments.Add(new Segment(inline, text.Length, value.Length));
        text.Append(value);
    }

    private static string SmartyPantText(SmartyPantType type) => type switch
    {
        SmartyPantType.Quote or SmartyPantType.RightQuote => "\u2019",
        SmartyPantType.LeftQuote => "\u2018",
        SmartyPantType.LeftAngleQuote => "\u00AB",
        SmartyPantType.RightAngleQuote => "\u00BB",
        SmartyPantType.Ellipsis => "\u2026",
        SmartyPantType.Dash2 => "\u2013",
        SmartyPantType.Dash3 => "\u2014",
        _ => "\"",
    };
}
