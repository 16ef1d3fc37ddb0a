using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>Parses <c>{!text!}</c>, a mention that must not be linked.</summary>
public sealed class EntryOptOutParser : InlineParser
{
    /// <summary>Creates the parser, opened by <c>{</c>.</summary>
    public EntryOptOutParser()
    {
        OpeningCharacters = ['{'];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '!')
        {
            return false;
        }

        var text = slice.Text;
        var contentStart = slice.Start + 2;
        var close = text.IndexOf("!}", contentStart, slice.End - contentStart + 1, StringComparison.Ordinal);
        if (close <= contentStart)
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var optOut = new EntryOptOutInline
        {
            Span = new SourceSpan(start, start + close + 1 - slice.Start),
            Line = line,
            Column = column,
            IsClosed = true,
        };
        optOut.AppendChild(new LiteralInline(new StringSlice(text, contentStart, close - 1))
        {
            Span = new SourceSpan(start + 2, start + close - 1 - slice.Start),
            Line = line,
            Column = column + 2,
        });

        processor.Inline = optOut;
        slice.Start = close + 2;
        return true;
    }
}
