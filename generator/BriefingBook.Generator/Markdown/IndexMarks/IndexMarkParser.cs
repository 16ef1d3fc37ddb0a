using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.IndexMarks;

/// <summary>
/// Parses <c>((term))</c> and <c>(((Term, Sub, see: X)))</c>. The inside may not hold a parenthesis, so that
/// ordinary nested parentheses stay text.
/// </summary>
public sealed class IndexMarkParser : InlineParser
{
    /// <summary>Creates the parser, opened by <c>(</c>.</summary>
    public IndexMarkParser()
    {
        OpeningCharacters = ['('];
    }

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '(')
        {
            return false;
        }

        var hidden = slice.PeekChar(2) == '(';
        var fence = hidden ? 3 : 2;
        var text = slice.Text;
        var contentStart = slice.Start + fence;
        var contentEnd = contentStart;
        while (contentEnd <= slice.End && text[contentEnd] is not '(' and not ')')
        {
            contentEnd++;
        }

        for (var i = 0; i < fence; i++)
        {
            if (contentEnd + i > slice.End || text[contentEnd + i] != ')')
            {
                return false;
            }
        }

        var content = text[contentStart..contentEnd];
        var parts = hidden ? IndexMarkSyntax.Parse(content) : VisibleParts(content);
        if (parts is null)
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        var mark = new IndexMarkInline(parts, !hidden)
        {
            Span = new SourceSpan(start, start + contentEnd + fence - 1 - slice.Start),
            Line = line,
            Column = column,
            IsClosed = true,
        };
        if (!hidden)
        {
            mark.AppendChild(new LiteralInline(IndexMarkSyntax.Normalize(content))
            {
                Span = new SourceSpan(start + fence, start + contentEnd - 1 - slice.Start),
                Line = line,
                Column = column + fence,
            });
        }

        processor.Inline = mark;
        slice.Start = contentEnd + fence;
        return true;
    }

    private static IndexMarkSyntax.Parts? VisibleParts(string content)
    {
        var term = IndexMarkSyntax.Normalize(content);
        return term.Length == 0 ? null : new IndexMarkSyntax.Parts(term, null, [], []);
    }
}
