using BriefingBook.Generator.Markdown.Catalog;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>A mention of an entry turned into a link; its children are the words of the mention.</summary>
public sealed class EntryLinkInline : ContainerInline
{
    /// <summary>Creates the link of a mention.</summary>
    public EntryLinkInline(EntryDescriptor entry, string url, string tooltipId)
    {
        Entry = entry;
        Url = url;
        TooltipId = tooltipId;
    }

    /// <summary>The entry mentioned.</summary>
    public EntryDescriptor Entry { get; }

    /// <summary>The entry's page, relative to the page being rendered.</summary>
    public string Url { get; }

    /// <summary>The id of the tooltip element the link is described by.</summary>
    public string TooltipId { get; }
}
