using BriefingBook.Generator.Config;
using BriefingBook.Generator.Load;

namespace BriefingBook.Generator.Render;

/// <summary>
/// Finds a template by name: in each template folder in site.yml order, first <c>NAME.LANG.EXT</c>
/// then <c>NAME.EXT</c>. Names with <c>..</c>, absolute paths or links leaving the book are refused.
/// </summary>
public sealed class TemplateLookup(SiteConfig config)
{
    public IReadOnlyList<string> Folders => config.TemplateFolders;

    /// <summary>The full path of the template, or null when no folder has it.</summary>
    public string? Find(string name, string? language)
    {
        if (!IsSafeName(name))
        {
            return null;
        }
        foreach (var folder in config.TemplateFolders)
        {
            foreach (var candidate in Candidates(name, language))
            {
                var path = Path.GetFullPath(Path.Combine(folder, candidate));
                if (File.Exists(path) && SafePath.IsInside(folder, path) && SafePath.IsInside(config.ProjectRoot, path))
                {
                    return path;
                }
            }
        }
        return null;
    }

    /// <summary>The places searched for a name, in order, as shown in messages.</summary>
    public IEnumerable<string> Searched(string name, string? language) =>
        config.TemplateFolders.SelectMany(f => Candidates(name, language).Select(c => ContentLoader.Relative(config, Path.Combine(f, c))));

    public string Display(string fullPath) => ContentLoader.Relative(config, fullPath);

    public static bool IsSafeName(string name) =>
        name.Length > 0 && !Path.IsPathRooted(name) && !name.Contains('\\') && !name.Contains(':')
        && name.Split('/').All(part => part.Length > 0 && part != ".." && part != ".");

    private static IEnumerable<string> Candidates(string name, string? language)
    {
        if (language is not null)
        {
            var extension = Path.GetExtension(name);
            yield return name[..^extension.Length] + "." + language + extension;
        }
        yield return name;
    }
}
