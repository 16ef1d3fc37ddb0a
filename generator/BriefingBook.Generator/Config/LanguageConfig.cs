using System.Globalization;

namespace BriefingBook.Generator.Config;

/// <summary>One language of the book: its code (the content folder's name), culture, and texts.</summary>
public sealed record LanguageConfig(string Code, CultureInfo Culture, string Title, string? Subtitle, string? Description);
