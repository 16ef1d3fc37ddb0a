namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>
/// A prefix tree over every alias of every entry, walked from each word start of a text, so that the cost of
/// scanning depends on the text and the longest alias, not on the number of entries. Keys are folded
/// (upper case, one kind of apostrophe, space and hyphen); exact-case aliases are checked at their end node.
/// </summary>
public sealed class EntryMatcher
{
    private readonly Dictionary<long, int> edges = new();
    private readonly List<Terminal[]?> terminals = [null];

    private readonly record struct Terminal(int EntryIndex, string Alias, bool ExactCase);

    /// <summary>Number of nodes of the tree, root included.</summary>
    public int NodeCount => terminals.Count;

    /// <summary>
    /// Adds an alias of an entry. Returns false when the same alias, with the same case rule, is already
    /// claimed by another entry (the first one keeps it).
    /// </summary>
    public bool Add(string alias, int entryIndex, bool exactCase)
    {
        var normalized = NormalizeAlias(alias);
        if (normalized.Length == 0)
        {
            return true;
        }

        var node = 0;
        foreach (var c in normalized)
        {
            var key = EdgeKey(node, Fold(c));
            if (!edges.TryGetValue(key, out var child))
            {
                child = terminals.Count;
                terminals.Add(null);
                edges.Add(key, child);
            }

            node = child;
        }

        var existing = terminals[node] ?? [];
        foreach (var terminal in existing)
        {
            if (terminal.ExactCase == exactCase && (!exactCase || terminal.Alias == normalized))
            {
                return terminal.EntryIndex == entryIndex;
            }
        }

        terminals[node] = [.. existing, new Terminal(entryIndex, normalized, exactCase)];
        return true;
    }

    /// <summary>Finds every mention in <paramref name="text"/>, left to right, longest first, never overlapping.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<EntryMatch> matches)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (WordBoundaries.IsWordStart(text, i) && TryMatchAt(text, i, out var match))
            {
                matches.Add(match);
                i += match.Length;
                continue;
            }

            i++;
        }
    }

    /// <summary>The longest mention starting at <paramref name="start"/> that ends on a word boundary.</summary>
    public bool TryMatchAt(ReadOnlySpan<char> text, int start, out EntryMatch match)
    {
        match = default;
        var found = false;
        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (!edges.TryGetValue(EdgeKey(node, Fold(text[i])), out node))
            {
                break;
            }

            var nodeTerminals = terminals[node];
            if (nodeTerminals is null || !WordBoundaries.IsWordEnd(text, i + 1))
            {
                continue;
            }

            var candidate = text[start..(i + 1)];
            foreach (var terminal in nodeTerminals)
            {
                if (!terminal.ExactCase || SameShape(candidate, terminal.Alias))
                {
                    match = new EntryMatch(start, candidate.Length, terminal.EntryIndex);
                    found = true;
                    break;
                }
            }
        }

        return found;
    }

    private static long EdgeKey(int node, char c) => ((long)node << 16) | c;

    private static char Fold(char c) => char.ToUpperInvariant(Shape(c));

    private static char Shape(char c)
    {
        if (WordBoundaries.IsApostrophe(c) || c == '\u2018')
        {
            return '\'';
        }

        if (c is '\u2010' or '\u2011')
        {
            return '-';
        }

        return char.IsWhiteSpace(c) ? ' ' : c;
    }

    private static bool SameShape(ReadOnlySpan<char> text, string alias)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Shape(text[i]) != alias[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string NormalizeAlias(string alias)
    {
        var parts = alias.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', parts);
        return string.Create(joined.Length, joined, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Shape(source[i]);
            }
        });
    }
}
