using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.CrossReferences;

/// <summary>
/// Parses <c>[[key]]</c>, <c>[[key#section]]</c>, <c>[[key|text]]</c> and <c>[[key#section|text]]</c> on one
/// line. A key with spaces, or <c>]]</c> followed by <c>(</c> (a link whose text is in brackets), is left to
/// the other parsers.
/// </summary>
public sealed class CrossReferenceParser : InlineParser
{
    /// <summary>Creates the parser, opened by <c>[</c>.</summary>
    public CrossReferenceParser()
    {
        OpeningCharacters = ['['];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var text = slice.Text;
        var contentStart = slice.Start + 2;
        var close = contentStart;
        while (close < slice.End && text[close] is not '[' and not ']' and not '\n' and not '\r')
        {
            close++;
        }

        if (close >= slice.End || text[close] != ']' || text[close + 1] != ']' || (close + 2 <= slice.End && text[close + 2] == '('))
        {
            return false;
        }

        var content = text[contentStart..close];
        var bar = content.IndexOf('|');
        var reference = (bar < 0 ? content : content[..bar]).Trim();
        var label = bar < 0 ? null : content[(bar + 1)..].Trim();
        var hash = reference.IndexOf('#');
        var key = hash < 0 ? reference : reference[..hash];
        var section = hash < 0 ? null : reference[(hash + 1)..];
        if (key.Length == 0 || key.Any(char.IsWhiteSpace) || (section is not null && (section.Length == 0 || section.Any(char.IsWhiteSpace))))
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new CrossReferenceInline(key, section, string.IsNullOrEmpty(label) ? null : label)
        {
            Span = new SourceSpan(start, start + close + 1 - slice.Start),
            Line = line,
            Column = column,
            IsClosed = true,
        };
        slice.Start = close + 2;
        return true;
    }
}
