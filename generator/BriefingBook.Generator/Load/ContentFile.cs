namespace BriefingBook.Generator.Load;

/// <summary>A content file read from disk: where it is, what it is, and its text with line ends normalised.</summary>
public sealed record ContentFile(ContentFileKind Kind, string? Language, string Key, string Path, string Text);
