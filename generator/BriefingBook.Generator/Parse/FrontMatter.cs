namespace BriefingBook.Generator.Parse;

/// <summary>
/// A content file split into its YAML front matter (between two <c>---</c> lines) and its Markdown
/// body, with the file line each part starts on.
/// </summary>
public sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body, int BodyLine)
{
    /// <summary>Splits <paramref name="text"/>; null with a reason when the front matter is missing or not closed.</summary>
    public static FrontMatter? Split(string text, out string? problem)
    {
        problem = null;
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            problem = "the file does not start with front matter (a '---' line)";
            return null;
        }
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 1, body, i + 2);
            }
        }
        problem = "the front matter is not closed by a '---' line";
        return null;
    }
}
