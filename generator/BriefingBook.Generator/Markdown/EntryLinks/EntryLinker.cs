using BriefingBook.Generator.Markdown.Anchors;
using BriefingBook.Generator.Markdown.Catalog;
using BriefingBook.Generator.Markdown.CrossReferences;
using BriefingBook.Generator.Markdown.IndexMarks;
using BriefingBook.Generator.Markdown.Session;
using Markdig.Extensions.CustomContainers;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>
/// Finds mentions of entries in the text of a parsed document, records every one, and wraps those the link
/// mode allows in an <see cref="EntryLinkInline"/>. Headings, links, code, raw HTML, cross-references,
/// opted-out words and existing entry links are never entered, so a link is never nested. A cross-reference to
/// an entry counts as that entry's link and mention.
/// </summary>
internal sealed class EntryLinker
{
    private readonly AnnotationOptions options;

    public EntryLinker(AnnotationOptions options)
    {
        this.options = options;
    }

    public void Link(MarkdownDocument document)
    {
        if (options.Catalog.Entries.Count == 0)
        {
            return;
        }

        var pass = new Pass(options, AnnotationSession.Of(document));
        foreach (var block in MarkdownTree.Blocks(document))
        {
            if (block is HeadingBlock heading)
            {
                if (heading.Level <= 2)
                {
                    pass.Session.LinkedInSection.Clear();
                }
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                pass.LinkContainer(inline);
            }
        }
    }

    private sealed class Pass(AnnotationOptions options, AnnotationSession session)
    {
        private readonly TextRun run = new();
        private readonly List<EntryMatch> matches = [];

        public AnnotationSession Session => session;

        public void LinkContainer(ContainerInline container)
        {
            for (var child = container.FirstChild; child is not null;)
            {
                var next = child.NextSibling;
                if (!run.TryAdd(child))
                {
                    Flush();
                    if (child is CrossReferenceInline reference)
                    {
                        RecordExplicitLink(reference);
                    }
                    else if (child is ContainerInline inner && CanEnter(inner))
                    {
                        LinkContainer(inner);
                    }
                }

                child = next;
            }

            Flush();
        }

        private static bool CanEnter(ContainerInline container) =>
            container is EmphasisInline or IndexMarkInline or CustomContainerInline || container.GetType() == typeof(ContainerInline);

        private void Flush()
        {
            if (!run.HasLiteral)
            {
                run.Clear();
                return;
            }

            var text = run.Text;
            matches.Clear();
            options.Catalog.Matcher.FindAll(text, matches);
            var toLink = new List<(EntryMatch Match, EntryDescriptor Entry, CrossReferenceTarget Target, string TooltipId)>();
            foreach (var match in matches)
            {
                var first = run.Segments[run.SegmentAt(match.Start)];
                var last = run.Segments[run.SegmentAt(match.Start + match.Length - 1)];
                if (first.Inline is not LiteralInline literal || last.Inline is not LiteralInline)
                {
                    continue;
                }

                var entry = options.Catalog.Entries[match.EntryIndex];
                if (entry.Key == session.Context.SelfEntryKey)
                {
                    continue;
                }

                var target = WantsLink(entry.Key) ? session.Context.Resolver.ResolveEntry(entry.Key) : null;
                if (target is not null)
                {
                    session.LinkedInArticle.Add(entry.Key);
                    session.LinkedInSection.Add(entry.Key);
                    session.TooltipCount++;
                    toLink.Add((match, entry, target, $"{session.Context.IdPrefix}entry-tip-{session.TooltipCount}"));
                }

                var offset = match.Start - first.Start;
                session.Result.MentionList.Add(new EntryMention(
                    entry.Key,
                    text.Substring(match.Start, match.Length),
                    ParagraphAnchors.Find(literal),
                    session.FileLine(literal.Line),
                    literal.Column + offset + 1,
                    target is not null));
            }

            for (var i = toLink.Count - 1; i >= 0; i--)
            {
                Wrap(toLink[i].Match, new EntryLinkInline(toLink[i].Entry, toLink[i].Target.Url, toLink[i].TooltipId));
            }

            run.Clear();
        }

        // [[key]] to an entry is the entry's link for the first-mention modes, and a mention for the indexes.
        private void RecordExplicitLink(CrossReferenceInline reference)
        {
            if (reference is not { Target.IsEntry: true, IsNested: false } || options.Catalog.Find(reference.Key) is null
                || reference.Key == session.Context.SelfEntryKey)
            {
                return;
            }

            session.LinkedInArticle.Add(reference.Key);
            session.LinkedInSection.Add(reference.Key);
            session.Result.MentionList.Add(new EntryMention(
                reference.Key,
                reference.Text ?? reference.Target.Title,
                ParagraphAnchors.Find(reference),
                session.FileLine(reference.Line),
                reference.Column + 1,
                Linked: true));
        }

        private bool WantsLink(string key)
        {
            if (!session.Context.LinkEntries)
            {
                return false;
            }

            return options.LinkMode switch
            {
                EntryLinkMode.All => true,
                EntryLinkMode.FirstPerArticle => !session.LinkedInArticle.Contains(key),
                EntryLinkMode.FirstPerSection => !session.LinkedInSection.Contains(key),
                _ => false,
            };
        }

        private void Wrap(EntryMatch match, EntryLinkInline link)
        {
            var firstSegment = run.Segments[run.SegmentAt(match.Start)];
            var lastSegment = run.Segments[run.SegmentAt(match.Start + match.Length - 1)];
            var first = (LiteralInline)firstSegment.Inline;
            var last = (LiteralInline)lastSegment.Inline;

            var endInLast = match.Start + match.Length - lastSegment.Start;
            if (endInLast < last.Content.Length)
            {
                SplitAt(last, endInLast);
            }

            var startInFirst = match.Start - firstSegment.Start;
            if (startInFirst > 0)
            {
                var matched = SplitAt(first, startInFirst);
                if (ReferenceEquals(first, last))
                {
                    last = matched;
                }

                first = matched;
            }

            link.Line = first.Line;
            link.Column = first.Column;
            link.Span = new SourceSpan(first.Span.Start, last.Span.End);
            link.IsClosed = true;
            // Markdig's InsertBefore leaves the new inline without a previous sibling: insert after instead.
            last.InsertAfter(link);
            for (Inline? inline = first; inline is not null;)
            {
                var next = inline.NextSibling;
                inline.Remove();
                link.AppendChild(inline);
                if (ReferenceEquals(inline, last))
                {
                    break;
                }

                inline = next;
            }
        }

        private static LiteralInline SplitAt(LiteralInline literal, int offset)
        {
            var content = literal.Content;
            var right = new LiteralInline(new StringSlice(content.Text, content.Start + offset, content.End))
            {
                Line = literal.Line,
                Column = literal.Column + offset,
                Span = new SourceSpan(literal.Span.Start + offset, literal.Span.End),
            };
            literal.Content = new StringSlice(content.Text, content.Start, content.Start + offset - 1);
            literal.Span = new SourceSpan(literal.Span.Start, literal.Span.Start + offset - 1);
            literal.InsertAfter(right);
            return right;
        }
    }
}
