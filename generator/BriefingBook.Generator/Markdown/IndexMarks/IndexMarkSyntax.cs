using System.Text.RegularExpressions;

namespace BriefingBook.Generator.Markdown.IndexMarks;

/// <summary>
/// Reads the inside of an index mark: <c>Term</c>, <c>Term, Sub</c>, and clauses <c>see: X</c>,
/// <c>see also: X; Y</c> (or <c>voir :</c>, <c>voir aussi :</c>) after a comma.
/// </summary>
public static partial class IndexMarkSyntax
{
    /// <summary>The parts of a mark.</summary>
    public sealed record Parts(string Term, string? SubTerm, IReadOnlyList<string> See, IReadOnlyList<string> SeeAlso);

    /// <summary>Collapses runs of white space (line breaks included) into one space.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Reads the inside of <c>(((...)))</c>; null when there is no term.</summary>
    public static Parts? Parse(string content)
    {
        var text = Normalize(content);
        var clauses = Clause().Matches(text);
        var head = clauses.Count == 0 ? text : text[..clauses[0].Index];
        var see = new List<string>();
        var seeAlso = new List<string>();
        for (var i = 0; i < clauses.Count; i++)
        {
            var from = clauses[i].Index + clauses[i].Length;
            var to = i + 1 < clauses.Count ? clauses[i + 1].Index : text.Length;
            var targets = text[from..to].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var isAlso = clauses[i].Groups["also"].Success;
            (isAlso ? seeAlso : see).AddRange(targets);
        }

        var comma = head.IndexOf(',');
        var term = (comma < 0 ? head : head[..comma]).Trim();
        var subTerm = comma < 0 ? null : head[(comma + 1)..].Trim();
        if (term.Length == 0)
        {
            return null;
        }

        return new Parts(term, string.IsNullOrEmpty(subTerm) ? null : subTerm, see, seeAlso);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@",\s*(?:see|voir)(?<also>\s+(?:also|aussi))?\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clause();
}
