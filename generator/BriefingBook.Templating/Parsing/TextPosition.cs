namespace BriefingBook.Templating.Parsing;

/// <summary>A position in a template's text: offset, line and column, all zero-based.</summary>
public readonly record struct TextPosition(int Offset, int Line, int Column)
{
    public static readonly TextPosition Start = new(0, 0, 0);

    /// <summary>One-based line and column, as editors and error messages show them.</summary>
    public override string ToString() => $"({Line + 1},{Column + 1})";
}
