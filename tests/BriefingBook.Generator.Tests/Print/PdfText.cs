using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingBook.Generator.Tests.Export;

namespace BriefingBook.Generator.Tests.Print;

/// <summary>
/// Text as a reader compares it: lines joined, hyphenation undone, hyphens, quotes and spacing variants ignored,
/// case and accents folded, so that "l’OTAN" contains "OTAN" and "nippo-\naméricaine" matches "nippo-américaine".
/// </summary>
internal static partial class PdfText
{
    public static string Fold(string text)
    {
        // Hyphens are dropped below, so a hyphenated word broken at its hyphen ("Three-" / "Axis") joins up again.
        var flat = PdfInspector.Flatten(HyphenAtLineEnd().Replace(text, "-")).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in flat)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '-' or '\u2010' or '\u2011' or '«' or '»' or '"' or '“' or '”')
            {
                continue;
            }
            builder.Append(char.IsWhiteSpace(c) ? ' ' : c is '’' or 'ʼ' ? '\'' : char.ToLowerInvariant(c));
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The page numbers an index line prints: "3, 5–7" gives 3, 5, 6, 7.</summary>
    public static IEnumerable<int> Pages(string locators)
    {
        foreach (var part in locators.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('–', '-');
            var first = int.Parse(range[0], CultureInfo.InvariantCulture);
            var last = int.Parse(range[^1], CultureInfo.InvariantCulture);
            for (var page = first; page <= last; page++)
            {
                yield return page;
            }
        }
    }

    [GeneratedRegex(@"[\u2010-]\n\s*")]
    private static partial Regex HyphenAtLineEnd();
}
