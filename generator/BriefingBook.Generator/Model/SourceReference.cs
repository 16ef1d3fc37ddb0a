namespace BriefingBook.Generator.Model;

/// <summary>The document an article is written from (<c>source:</c> in front matter); only what the source states.</summary>
public sealed record SourceReference(string? Title, string? Outlet, string? Author, string? Note);
