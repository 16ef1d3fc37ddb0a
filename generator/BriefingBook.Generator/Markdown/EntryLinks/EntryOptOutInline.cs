using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>Words written <c>{!like this!}</c>: printed as they are and never linked to an entry.</summary>
public sealed class EntryOptOutInline : ContainerInline
{
}
