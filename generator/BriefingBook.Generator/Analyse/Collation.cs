using System.Globalization;
using System.Text;

namespace BriefingBook.Generator.Analyse;

/// <summary>
/// How one language sorts and files names: its culture's order, ignoring case and the quotes or
/// punctuation a name may open with (<c>« Jaukus »</c> sorts as <c>Jaukus</c>), and the letter a name is
/// filed under (<c>Élysée</c> under E, <c>Œuvre</c> under O, digits and symbols under <c>#</c>).
/// </summary>
public sealed class Collation
{
    /// <summary>The group of names that start with no letter.</summary>
    public const string OtherLetter = "#";

    private readonly CultureInfo _culture;
    private readonly StringComparer _comparer;

    public Collation(CultureInfo culture)
    {
        _culture = culture;
        _comparer = StringComparer.Create(culture, CompareOptions.IgnoreCase);
    }

    /// <summary>Compares names as sort keys, case aside; ties are left to the caller.</summary>
    public IComparer<string> Comparer => Comparer<string>.Create((a, b) => _comparer.Compare(SortKey(a), SortKey(b)));

    /// <summary>Compares two names for equality the way a reader would: case, quotes and apostrophe style aside.</summary>
    public bool SameName(string a, string b) => _comparer.Equals(SortKey(a), SortKey(b));

    /// <summary>The name in composed form (NFC), without the quotes, spaces and punctuation around it, with one apostrophe style.</summary>
    public static string SortKey(string name)
    {
        var text = name.Normalize(NormalizationForm.FormC).Replace('\u2019', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' ');
        var start = 0;
        var end = text.Length;
        while (start < end && IsWrapping(text[start]))
        {
            start++;
        }
        while (end > start && IsWrapping(text[end - 1]))
        {
            end--;
        }
        return text[start..end];
    }

    /// <summary>The letter bar's letter for a name: its first letter without accents, in upper case.</summary>
    public string Letter(string name)
    {
        var key = SortKey(name);
        if (key.Length == 0 || !char.IsLetter(key, 0))
        {
            return OtherLetter;
        }
        var first = char.ToUpper(key[0], _culture);
        if (Ligatures.TryGetValue(first, out var ligature))
        {
            return ligature;
        }
        var decomposed = first.ToString().Normalize(NormalizationForm.FormD);
        return char.ToUpper(decomposed[0], _culture).ToString();
    }

    private static bool IsWrapping(char c) =>
        char.IsWhiteSpace(c) || (char.IsPunctuation(c) && c is not ('(' or ')' or '&')) || (char.IsSymbol(c) && c is not ('$' or '€' or '£'));

    private static readonly Dictionary<char, string> Ligatures = new()
    {
        ['Œ'] = "O",
        ['Æ'] = "A",
        ['ß'] = "S",
        ['Ø'] = "O",
        ['Ł'] = "L",
        ['Đ'] = "D",
    };
}
