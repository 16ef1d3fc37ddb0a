using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBook.Generator.Markdown.Session;

/// <summary>Walks blocks in document order and finds the block an inline belongs to.</summary>
internal static class MarkdownTree
{
    /// <summary>Every block under <paramref name="container"/>, parents before children, in reading order.</summary>
    public static IEnumerable<Block> Blocks(ContainerBlock container)
    {
        var stack = new Stack<(ContainerBlock Container, int Index)>();
        stack.Push((container, 0));
        while (stack.Count > 0)
        {
            var (current, index) = stack.Pop();
            if (index >= current.Count)
            {
                continue;
            }

            stack.Push((current, index + 1));
            var block = current[index];
            yield return block;
            if (block is ContainerBlock child)
            {
                stack.Push((child, 0));
            }
        }
    }

    /// <summary>Every inline of the document, parents before children, in reading order.</summary>
    public static IEnumerable<Inline> Inlines(ContainerBlock container)
    {
        foreach (var block in Blocks(container))
        {
            if (block is LeafBlock { Inline: { } root })
            {
                foreach (var inline in Inlines(root))
                {
                    yield return inline;
                }
            }
        }
    }

    /// <summary>The inlines under <paramref name="container"/>, parents before children, in reading order.</summary>
    public static IEnumerable<Inline> Inlines(ContainerInline container)
    {
        var stack = new Stack<Inline>();
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var inline = stack.Pop();
            yield return inline;
            if (inline is ContainerInline inner)
            {
                for (var child = inner.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>The leaf block whose inlines hold <paramref name="inline"/>, or null.</summary>
    public static LeafBlock? LeafOf(Inline inline)
    {
        ContainerInline? container = inline as ContainerInline ?? inline.Parent;
        while (container?.Parent is not null)
        {
            container = container.Parent;
        }

        return container?.ParentBlock as LeafBlock;
    }

    /// <summary>Whether an inline sits inside a container of type <typeparamref name="T"/>.</summary>
    public static bool IsInside<T>(Inline inline) where T : ContainerInline
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is T)
            {
                return true;
            }
        }

        return false;
    }
}
