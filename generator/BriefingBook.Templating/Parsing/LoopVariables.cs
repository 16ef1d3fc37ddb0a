namespace BriefingBook.Templating.Parsing;

/// <summary>
/// The variables a loop exposes to its body (<c>for.index</c>, Liquid's <c>forloop.first</c>): which words name
/// a loop, which members each loop has, and the message for a member it lacks.
/// </summary>
internal static class LoopVariables
{
    private static readonly HashSet<string> MembersOfEveryLoop = new(StringComparer.Ordinal) { "first", "even", "odd", "index" };

    /// <summary>Members that need to know the whole iteration, which a <c>while</c> cannot.</summary>
    private static readonly HashSet<string> MembersOfCountedLoops = new(StringComparer.Ordinal) { "last", "changed", "length", "rindex" };

    private static readonly HashSet<string> LiquidMembers = new(StringComparer.Ordinal)
    {
        "first", "last", "index0", "rindex0", "index", "rindex", "length",
    };

    public static bool IsLoopWord(string word, bool isLiquid) =>
        word is "for" or "while" or "tablerow" || (isLiquid && word is "forloop" or "tablerowloop");

    /// <summary>The name the runtime knows a loop variable by: Liquid's <c>forloop</c> is <c>for</c>.</summary>
    public static string Canonical(string word) => word switch
    {
        "forloop" => "for",
        "tablerowloop" => "tablerow",
        _ => word,
    };

    /// <summary>Why <paramref name="loop"/> has no <paramref name="member"/>; null when it has.</summary>
    public static string? ProblemWith(string loop, string member, bool isLiquid)
    {
        if (member == "col")
        {
            // Only a table row has columns.
            return loop == (isLiquid ? "tablerowloop" : "tablerow") ? null : $"The loop variable <{loop}.col> is invalid";
        }
        if (isLiquid)
        {
            return LiquidMembers.Contains(member) ? null : $"The liquid loop variable <{loop}.{member}> is not supported";
        }
        if (MembersOfCountedLoops.Contains(member))
        {
            return loop == "while" ? $"The loop variable <while.{member}> is invalid" : null;
        }
        return MembersOfEveryLoop.Contains(member) ? null : $"The loop variable <{loop}.{member}> is not supported";
    }
}
