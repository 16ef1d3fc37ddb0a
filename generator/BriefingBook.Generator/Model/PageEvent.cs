using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Model;

/// <summary>A dated event written in an article's front matter (<c>events:</c>), in that file's language.</summary>
public sealed record PageEvent(PartialDate Date, string Text, SourceLocation Location);
