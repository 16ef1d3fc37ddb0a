using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Parse;

/// <summary>A Markdown body to convert: its text, the file it comes from and the file line it starts on.</summary>
public sealed record MarkdownSource(string Text, string Path, int BodyLine, string Language)
{
    /// <summary>The file location of a Markdig position (zero-based line and column within the body).</summary>
    public SourceLocation At(int line, int column) => new(Path, BodyLine + Math.Max(line, 0), Math.Max(column, 0) + 1);
}
