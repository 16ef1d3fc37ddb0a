using AngleSharp.Html.Parser;

namespace BriefingBook.Generator.Tests.Fixtures;

/// <summary>
/// Checks every link and asset reference of every HTML page of an output folder: relative, naming a
/// file (never a bare folder), pointing to a file that exists, and to an id that exists in it.
/// </summary>
public static class LinkChecker
{
    public static List<string> Problems(string output)
    {
        var problems = new List<string>();
        var parser = new HtmlParser();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file) => ids.TryGetValue(file, out var set) ? set : ids[file] =
            parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var name = Path.GetRelativePath(output, page);
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)
                    || url.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    if (element.LocalName != "a")
                    {
                        problems.Add($"{name}: asset '{url}' is not relative");
                    }
                    continue;
                }
                if (url.StartsWith('/') || url.Contains("://", StringComparison.Ordinal))
                {
                    problems.Add($"{name}: '{url}' is not relative");
                    continue;
                }
                var hash = url.IndexOf('#');
                var path = hash >= 0 ? url[..hash] : url;
                var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
                if (path.EndsWith('/'))
                {
                    problems.Add($"{name}: '{url}' names a folder, not its index.html");
                    continue;
                }
                var target = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(path)));
                if (!target.StartsWith(Path.GetFullPath(output), StringComparison.Ordinal) || !File.Exists(target))
                {
                    problems.Add($"{name}: '{url}' points to no file");
                    continue;
                }
                if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target).Contains(fragment))
                {
                    problems.Add($"{name}: '{url}' points to no id '{fragment}'");
                }
            }
        }
        return problems;
    }
}
