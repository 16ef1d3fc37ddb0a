namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>Collects aliases into a prefix tree, then compacts it into a read-only <see cref="EntryMatcher"/>.</summary>
public sealed class EntryMatcherBuilder
{
    private readonly List<SortedDictionary<char, int>> children = [new()];
    private readonly List<List<EntryMatcher.Terminal>?> terminals = [null];
    private readonly Dictionary<string, int> firstWords = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds an alias of an entry. Returns false when the same alias, with the same case rule, is already
    /// claimed by another entry (the first one keeps it).
    /// </summary>
    public bool Add(string alias, int entryIndex, bool exactCase)
    {
        var normalized = Folding.NormalizeAlias(alias);
        if (normalized.Length == 0)
        {
            return true;
        }

        var firstWordLength = 0;
        while (firstWordLength < normalized.Length && WordBoundaries.IsWordChar(normalized[firstWordLength]))
        {
            firstWordLength++;
        }

        var node = 0;
        for (var i = 0; i < normalized.Length; i++)
        {
            if (i == firstWordLength && firstWordLength > 0)
            {
                firstWords.TryAdd(string.Concat(normalized.AsSpan(0, firstWordLength).ToArray().Select(Folding.Fold)), node);
            }

            var c = normalized[i];
            var folded = Folding.Fold(c);
            if (!children[node].TryGetValue(folded, out var child))
            {
                child = children.Count;
                children.Add(new SortedDictionary<char, int>());
                terminals.Add(null);
                children[node].Add(folded, child);
            }

            node = child;
        }

        if (firstWordLength == normalized.Length)
        {
            firstWords.TryAdd(string.Concat(normalized.Select(Folding.Fold)), node);
        }

        var existing = terminals[node] ??= [];
        foreach (var terminal in existing)
        {
            if (terminal.ExactCase == exactCase && (!exactCase || terminal.Alias == normalized))
            {
                return terminal.EntryIndex == entryIndex;
            }
        }

        existing.Add(new EntryMatcher.Terminal(entryIndex, normalized, exactCase));
        return true;
    }

    /// <summary>The compact, read-only tree.</summary>
    public EntryMatcher Build()
    {
        var childStart = new int[children.Count + 1];
        var total = children.Sum(map => map.Count);
        var childChars = new char[total];
        var childNodes = new int[total];
        var next = 0;
        for (var node = 0; node < children.Count; node++)
        {
            childStart[node] = next;
            foreach (var (c, child) in children[node])
            {
                childChars[next] = c;
                childNodes[next] = child;
                next++;
            }
        }

        childStart[children.Count] = next;
        return new EntryMatcher(childStart, childChars, childNodes, terminals.Select(list => list?.ToArray()).ToArray(), new FirstWordSet(firstWords));
    }
}
