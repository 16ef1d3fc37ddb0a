namespace BriefingBook.Generator.Config;

/// <summary>The <c>markdown:</c> section of site.yml.</summary>
public sealed record MarkdownConfig(bool AllowHtml = false, bool SmartPunctuation = true);
