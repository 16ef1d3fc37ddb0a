namespace BriefingBook.Generator.Model;

/// <summary>A heading of a rendered page: its level, id (the anchor) and plain text.</summary>
public sealed record Heading(int Level, string Id, string Text);
