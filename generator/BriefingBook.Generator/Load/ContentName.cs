using System.Text.RegularExpressions;

namespace BriefingBook.Generator.Load;

/// <summary>The rule for keys, slugs and tags: lower-case letters, digits and single hyphens, so they are safe file names.</summary>
public static partial class ContentName
{
    public const string Rule = "use lower-case letters, digits and hyphens only, e.g. 'japan-korea-alliance'";

    public static bool IsValid(string name) => name.Length is > 0 and <= 120 && Pattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
