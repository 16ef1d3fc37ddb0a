using System.Text;

namespace BriefingBook.Generator.Print;

/// <summary>
/// How a glossary or who's who entry is headed in print: its name; its expansion, in parentheses after the name when
/// that reads as one phrase ("NATO (North Atlantic Treaty Organization)"), else on a line of its own; and the other
/// spellings the reader has not already read in the name or the expansion. Parentheses never nest and no form is
/// printed twice.
/// </summary>
public sealed record PrintEntryHeading(string Name, string? Expansion, bool ExpansionInline, IReadOnlyList<string> Aliases)
{
    private static readonly char[] Brackets = ['(', ')', '[', ']'];

    public static PrintEntryHeading Of(string name, string? expansion, IEnumerable<string> aliases)
    {
        var full = string.IsNullOrWhiteSpace(expansion) || Same(expansion, name) ? null : expansion.Trim();
        // A bracket in either part would nest or chain parentheses, and an expansion that holds the name repeats it.
        var inline = full is not null && full.IndexOfAny(Brackets) < 0 && name.IndexOfAny(Brackets) < 0 && !Contains(full, name);
        var shown = new List<string>();
        foreach (var alias in aliases.Select(a => a.Trim()).Where(a => a.Length > 0))
        {
            if (!Contains(name, alias) && (full is null || !Contains(full, alias)) && !shown.Any(s => Same(s, alias)))
            {
                shown.Add(alias);
            }
        }
        return new PrintEntryHeading(name, full, inline, shown);
    }

    private static bool Same(string a, string b) => string.Equals(Fold(a), Fold(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="part"/> is written in <paramref name="text"/> as whole words, ignoring case.</summary>
    private static bool Contains(string text, string part)
    {
        var haystack = Fold(text);
        var needle = Fold(part);
        if (needle.Length == 0)
        {
            return true;
        }
        for (var at = haystack.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = haystack.IndexOf(needle, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + needle.Length;
            if ((at == 0 || !char.IsLetterOrDigit(haystack[at - 1])) && (end == haystack.Length || !char.IsLetterOrDigit(haystack[end])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Accents, typographic apostrophes and spaces are ignored: "Taiwan" is read as the "Taïwan" already printed.</summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(c switch
            {
                '\u2019' => '\'',
                '\u00A0' or '\u202F' => ' ',
                _ => c.ToString().Normalize(NormalizationForm.FormD)[0],
            });
        }
        return folded.ToString().Trim();
    }
}
