namespace BriefingBook.Generator.Diagnostics;

/// <summary>A place in a project file: path relative to the project root (with <c>/</c>), one-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0)
{
    public SourceLocation At(int line, int column) => new(Path, line, column);

    public override string ToString() => Line > 0 ? $"{Path}({Line},{Column})" : Path;
}
