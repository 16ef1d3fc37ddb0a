namespace BriefingBook.Templating.Parsing;

/// <summary>Where a node or a message comes from: the template's name and its start and end positions.</summary>
public readonly record struct SourceSpan(string FileName, TextPosition Start, TextPosition End)
{
    public static readonly SourceSpan Empty = new("", TextPosition.Start, TextPosition.Start);

    /// <summary>The form used in messages: <c>name(line,column)</c>, one-based.</summary>
    public override string ToString() => $"{FileName}{Start}";
}
