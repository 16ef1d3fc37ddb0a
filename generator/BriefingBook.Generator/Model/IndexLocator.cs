namespace BriefingBook.Generator.Model;

/// <summary>A place an index term leads to: a page, and the paragraph anchor on it (null for the page's top).</summary>
public sealed record IndexLocator(Page Page, string? Anchor);
