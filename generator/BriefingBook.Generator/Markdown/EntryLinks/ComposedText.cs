using System.Globalization;
using System.Text;

namespace BriefingBook.Generator.Markdown.EntryLinks;

/// <summary>
/// A text in composed form (NFC), with where each of its characters comes from in the text as written, so that
/// <c>E</c> followed by a combining acute accent matches <c>É</c> and a mention found in the composed text is
/// cut from the original. Each letter is composed with the marks that follow it; the composed text is never
/// cut inside such a cluster.
/// </summary>
internal sealed class ComposedText
{
    private readonly List<int> starts = [];
    private readonly List<int> ends = [];

    private ComposedText(ReadOnlySpan<char> original)
    {
        var text = new StringBuilder(original.Length);
        for (var start = 0; start < original.Length;)
        {
            var end = start + (start + 1 < original.Length && char.IsSurrogatePair(original[start], original[start + 1]) ? 2 : 1);
            while (end < original.Length && JoinsPrevious(original[end]))
            {
                end++;
            }

            var cluster = original[start..end];
            var composed = IsWellFormed(cluster) ? cluster.ToString().Normalize(NormalizationForm.FormC) : cluster.ToString();
            text.Append(composed);
            for (var i = 0; i < composed.Length; i++)
            {
                starts.Add(start);
                ends.Add(end);
            }

            start = end;
        }

        Text = text.ToString();
    }

    /// <summary>The composed text.</summary>
    public string Text { get; }

    /// <summary>Whether <paramref name="text"/> must be composed before it is matched.</summary>
    public static bool IsNeeded(ReadOnlySpan<char> text)
    {
        // Every character below U+0300 is already composed: most texts are settled by one vectorised scan.
        if (text.IndexOfAnyInRange('\u0300', '\uFFFF') < 0)
        {
            return false;
        }

        return !IsWellFormed(text) || !text.IsNormalized(NormalizationForm.FormC);
    }

    /// <summary>The text composed, with the origin of each character.</summary>
    public static ComposedText Of(ReadOnlySpan<char> text) => new(text);

    /// <summary>A string in composed form; letters that cannot be composed stay as they are.</summary>
    public static string Compose(string text) => IsNeeded(text) ? new ComposedText(text).Text : text;

    /// <summary>The same mention, measured in the original text.</summary>
    public EntryMatch ToOriginal(EntryMatch match)
    {
        var start = starts[match.Start];
        return match with { Start = start, Length = ends[match.Start + match.Length - 1] - start };
    }

    private static bool JoinsPrevious(char c) =>
        c is >= '\u1160' and <= '\u11FF'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Normalisation refuses a lone surrogate; such a text is composed cluster by cluster, leaving it as it is.
    private static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
