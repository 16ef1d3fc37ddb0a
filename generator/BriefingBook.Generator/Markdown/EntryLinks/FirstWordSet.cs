namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>
/// The first words of all aliases, folded, in an open-addressing table, each with the node of the prefix tree
/// it leads to. Each word of a text costs one hash computed while the word is read and one probe, however many
/// entries there are; the tree is only walked on from words that can start a mention.
/// </summary>
internal sealed class FirstWordSet
{
    // A probe reads only the compact slot array; the word itself is read when the hash matches.
    private readonly Slot[] slots;
    private readonly string[] words;
    private readonly int mask;

    private readonly record struct Slot(uint Hash, int Node, int Word);

    public FirstWordSet(IReadOnlyDictionary<string, int> nodeByFoldedWord)
    {
        words = [.. nodeByFoldedWord.Keys];
        var size = 16;
        while (size < words.Length * 2)
        {
            size *= 2;
        }

        slots = new Slot[size];
        mask = size - 1;
        for (var i = 0; i < words.Length; i++)
        {
            var hash = Hash(words[i]);
            var slot = (int)(hash & (uint)mask);
            while (slots[slot].Node != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot(hash, nodeByFoldedWord[words[i]], i);
        }
    }

    public static uint Start => 2166136261;

    public static uint Add(uint hash, char folded) => (hash ^ folded) * 16777619;

    /// <summary>The tree node after <paramref name="foldedWord"/> (a folded word and its hash), or 0.</summary>
    public int NodeAfter(ReadOnlySpan<char> foldedWord, uint hash)
    {
        for (var slot = (int)(hash & (uint)mask); slots[slot].Node != 0; slot = (slot + 1) & mask)
        {
            if (slots[slot].Hash == hash && foldedWord.SequenceEqual(words[slots[slot].Word]))
            {
                return slots[slot].Node;
            }
        }

        return 0;
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
