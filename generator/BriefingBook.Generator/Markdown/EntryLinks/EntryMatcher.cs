namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>
/// Finds mentions of entries in a text. Each word is read once: its folded form is looked up in a table of
/// the first words of all aliases (one hash, one probe, whatever the number of entries), and only a word that
/// starts some alias walks on along a prefix tree of the aliases, to the longest one that ends on a word
/// boundary. Keys are folded (upper case, one kind of apostrophe, space and hyphen); exact-case aliases are
/// checked at their end node. Built by <see cref="EntryMatcherBuilder"/>, then read-only and safe to share
/// between threads.
/// </summary>
public sealed class EntryMatcher
{
    // Children of node n are childChars/childNodes[childStart[n] .. childStart[n + 1]), sorted by character;
    // the root's children are also in a table indexed by character for the common first step.
    private const int RootTableSize = 0x250;
    private readonly int[] childStart;
    private readonly char[] childChars;
    private readonly int[] childNodes;
    private readonly int[] rootTable;
    private readonly Terminal[]?[] terminals;
    private readonly FirstWordSet firstWords;

    internal EntryMatcher(int[] childStart, char[] childChars, int[] childNodes, Terminal[]?[] terminals, FirstWordSet firstWords)
    {
        this.firstWords = firstWords;
        this.childStart = childStart;
        this.childChars = childChars;
        this.childNodes = childNodes;
        this.terminals = terminals;
        rootTable = new int[RootTableSize];
        for (var i = childStart[0]; i < childStart[1]; i++)
        {
            if (childChars[i] < RootTableSize)
            {
                rootTable[childChars[i]] = childNodes[i];
            }
        }
    }

    internal readonly record struct Terminal(int EntryIndex, string Alias, bool ExactCase);

    /// <summary>Number of nodes of the tree, root included.</summary>
    public int NodeCount => terminals.Length;

    /// <summary>
    /// Finds every mention in <paramref name="text"/>, left to right, longest first, never overlapping. Decomposed
    /// letters (NFD) match their composed form; the mentions are measured in the text as given.
    /// </summary>
    public void FindAll(ReadOnlySpan<char> text, List<EntryMatch> matches)
    {
        if (!ComposedText.IsNeeded(text))
        {
            FindAllComposed(text, matches);
            return;
        }

        var composed = ComposedText.Of(text);
        var first = matches.Count;
        FindAllComposed(composed.Text, matches);
        for (var i = first; i < matches.Count; i++)
        {
            matches[i] = composed.ToOriginal(matches[i]);
        }
    }

    private void FindAllComposed(ReadOnlySpan<char> text, List<EntryMatch> matches)
    {
        Span<char> folded = stackalloc char[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!WordBoundaries.IsWordChar(text[i]))
            {
                // Aliases that start with punctuation are rare: the root table rejects the others at once.
                if (WordBoundaries.IsWordStart(text, i) && TryMatchAt(text, i, out var punctuated))
                {
                    matches.Add(punctuated);
                    i += punctuated.Length;
                    continue;
                }

                i++;
                continue;
            }

            var end = i;
            var hash = FirstWordSet.Start;
            while (end < text.Length && WordBoundaries.IsWordChar(text[end]))
            {
                var c = Folding.Fold(text[end]);
                hash = FirstWordSet.Add(hash, c);
                if (end - i < folded.Length)
                {
                    folded[end - i] = c;
                }

                end++;
            }

            // A word longer than the buffer is rare enough to be walked from the root.
            EntryMatch match = default;
            var found = end - i <= folded.Length
                ? firstWords.NodeAfter(folded[..(end - i)], hash) is var node && node > 0 && WordBoundaries.IsWordStart(text, i) && TryMatchFrom(text, i, end, node, out match)
                : WordBoundaries.IsWordStart(text, i) && TryMatchAt(text, i, out match);
            if (found)
            {
                matches.Add(match);
                i += match.Length;
                continue;
            }

            i = end;
        }
    }

    /// <summary>The longest mention starting at <paramref name="start"/> of a composed text that ends on a word boundary.</summary>
    public bool TryMatchAt(ReadOnlySpan<char> text, int start, out EntryMatch match)
    {
        match = default;
        if (start >= text.Length)
        {
            return false;
        }

        var node = Child(0, Folding.Fold(text[start]));
        return node > 0 && TryMatchFrom(text, start, start + 1, node, out match);
    }

    // Walks on from `node`, reached by reading text[start..next), keeping the longest alias that ends on a
    // word boundary and passes its case rule.
    private bool TryMatchFrom(ReadOnlySpan<char> text, int start, int next, int node, out EntryMatch match)
    {
        match = default;
        var found = false;
        for (var i = next; ; i++)
        {
            var nodeTerminals = terminals[node];
            if (nodeTerminals is not null && WordBoundaries.IsWordEnd(text, i))
            {
                var candidate = text[start..i];
                foreach (var terminal in nodeTerminals)
                {
                    if (!terminal.ExactCase || Folding.SameShape(candidate, terminal.Alias))
                    {
                        match = new EntryMatch(start, candidate.Length, terminal.EntryIndex);
                        found = true;
                        break;
                    }
                }
            }

            if (i >= text.Length)
            {
                break;
            }

            node = Child(node, Folding.Fold(text[i]));
            if (node <= 0)
            {
                break;
            }
        }

        return found;
    }

    private int Child(int node, char c)
    {
        if (node == 0 && c < RootTableSize)
        {
            return rootTable[c];
        }

        var low = childStart[node];
        var high = childStart[node + 1] - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var value = childChars[middle];
            if (value == c)
            {
                return childNodes[middle];
            }

            if (value < c)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return 0;
    }
}
