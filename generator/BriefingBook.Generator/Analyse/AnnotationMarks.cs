using BriefingBook.Generator.Markdown;

namespace BriefingBook.Generator.Analyse;

/// <summary>Compares what the glossary, who's who and index pages take from a text: its entry mentions and index marks, with their paragraphs.</summary>
public static class AnnotationMarks
{
    public static bool Same(AnnotationResult? before, AnnotationResult? after) => Keys(before).SequenceEqual(Keys(after));

    private static IEnumerable<string> Keys(AnnotationResult? result) =>
        result is null ? [] : result.Mentions.Select(m => string.Join("|", "m", m.EntryKey, m.Anchor))
            .Concat(result.IndexMarks.Select(i => string.Join("|", "i", i.Term, i.SubTerm, i.Anchor, string.Join(",", i.See), string.Join(",", i.SeeAlso))));
}
