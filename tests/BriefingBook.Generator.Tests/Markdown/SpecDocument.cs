using System.Runtime.CompilerServices;

namespace BriefingBook.Generator.Tests.Markdown;

/// <summary>
/// Reads the examples of a spec document: a fence of 32 backticks whose info starts with <c>example</c> and
/// may carry <c>name=value</c> settings, the Markdown, a line holding only <c>.</c>, and the expected HTML.
/// </summary>
public static class SpecDocument
{
    private static readonly string Fence = new('`', 32);

    public static string Folder { get; } = FindFolder();

    public static IEnumerable<string> Files() => Directory.GetFiles(Folder, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static IReadOnlyList<SpecExample> Read(string file)
    {
        var lines = File.ReadAllText(Path.Combine(Folder, file)).Replace("\r\n", "\n").Split('\n');
        var examples = new List<SpecExample>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(Fence + " example", StringComparison.Ordinal))
            {
                continue;
            }

            var settings = lines[i][(Fence.Length + " example".Length)..]
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "true");
            var start = i + 1;
            var dot = Array.IndexOf(lines, ".", start);
            var end = Array.IndexOf(lines, Fence, dot);
            if (dot < 0 || end < 0)
            {
                throw new InvalidDataException($"{file}({i + 1}): example without '.' or closing fence");
            }

            var markdown = string.Join('\n', lines[start..dot]).Replace('→', '\t');
            var html = string.Join('\n', lines[(dot + 1)..end]);
            examples.Add(new SpecExample(file, examples.Count + 1, i + 1, markdown.Length == 0 ? "" : markdown + "\n", html.Length == 0 ? "" : html + "\n", settings));
            i = end;
        }

        return examples;
    }

    // The documents live beside this file; tests run from the build output, so look from both places.
    private static string FindFolder([CallerFilePath] string sourceFile = "")
    {
        var besideSource = Path.Combine(Path.GetDirectoryName(sourceFile) ?? "", "Specs");
        if (Directory.Exists(besideSource))
        {
            return besideSource;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "BriefingBook.Generator.Tests", "Markdown", "Specs");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Markdown/Specs of the generator tests was not found");
    }
}
