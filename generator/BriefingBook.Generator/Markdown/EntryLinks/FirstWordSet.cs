namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>
/// The first words of all aliases, folded, in an open-addressing table, each with the node of the prefix tree
/// it leads to. Each word of a text costs one hash computed while the word is read and one probe, however many
/// entries there are; the tree is only walked on from words that can start a mention.
/// </summary>
internal sealed class FirstWordSet
{
    private readonly string?[] words;
    private readonly uint[] hashes;
    private readonly int[] nodes;
    private readonly int mask;

    public FirstWordSet(IReadOnlyDictionary<string, int> nodeByFoldedWord)
    {
        var distinct = nodeByFoldedWord.Keys.ToList();
        var size = 16;
        while (size < distinct.Count * 2)
        {
            size *= 2;
        }

        words = new string?[size];
        hashes = new uint[size];
        nodes = new int[size];
        mask = size - 1;
        foreach (var word in distinct)
        {
            var hash = Hash(word);
            var slot = (int)(hash & (uint)mask);
            while (words[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            words[slot] = word;
            hashes[slot] = hash;
            nodes[slot] = nodeByFoldedWord[word];
        }
    }

    public static uint Start => 2166136261;

    public static uint Add(uint hash, char folded) => (hash ^ folded) * 16777619;

    /// <summary>The tree node after the folded form of <paramref name="word"/> (whose folded hash is given), or 0.</summary>
    public int NodeAfter(ReadOnlySpan<char> word, uint hash)
    {
        for (var slot = (int)(hash & (uint)mask); words[slot] is { } candidate; slot = (slot + 1) & mask)
        {
            if (hashes[slot] == hash && candidate.Length == word.Length && FoldedEquals(word, candidate))
            {
                return nodes[slot];
            }
        }

        return 0;
    }

    private static bool FoldedEquals(ReadOnlySpan<char> word, string folded)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (Folding.Fold(word[i]) != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    private static uint Hash(string folded)
    {
        var hash = Start;
        foreach (var c in folded)
        {
            hash = Add(hash, c);
        }

        return hash;
    }
}
