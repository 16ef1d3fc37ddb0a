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

    /// <summary>The full path of the template, or null when no folder has it or the name is refused.</summary>
    public string? Find(string name, string? language) => Find(name, language, out _);

    /// <summary>
    /// The full path of the template, or null: then <paramref name="refusal"/> says why the name, or the first
    /// file found for it, was refused; it is null when no folder has the template at all.
    /// </summary>
    public string? Find(string name, string? language, out string? refusal)
    {
        refusal = ProblemWithName(name) is { } problem ? $"the template name '{name}' was refused: {problem}" : null;
        if (refusal is not null)
        {
            return null;
        }
        foreach (var folder in config.TemplateFolders)
        {
            foreach (var candidate in Candidates(name, language))
            {
                var path = Path.GetFullPath(Path.Combine(folder, candidate));
                if (!File.Exists(path))
                {
                    continue;
                }
                if (SafePath.IsInside(folder, path) && SafePath.IsInside(config.ProjectRoot, path))
                {
                    refusal = null;
                    return path;
                }
                refusal ??= $"the template name '{name}' was refused: {Display(path)} is a link leading outside the template folder "
                    + $"{ContentLoader.Relative(config, folder)}; copy the template into the folder instead of linking to it";
            }
        }
        return null;
    }

    /// <summary>The places searched for a name, in order, as shown in messages.</summary>
    public IEnumerable<string> Searched(string name, string? language) =>
        config.TemplateFolders.SelectMany(f => Candidates(name, language).Select(c => ContentLoader.Relative(config, Path.Combine(f, c))));

    public string Display(string fullPath) => ContentLoader.Relative(config, fullPath);

    /// <summary>Why <paramref name="name"/> cannot name a template (a relative path inside the template folders), or null when it can.</summary>
    public static string? ProblemWithName(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty; name a template relative to the template folders, as in 'partials/header.html'";
        }
        if (Path.IsPathRooted(name))
        {
            return "it is an absolute path; name a template relative to the template folders, as in 'partials/header.html'";
        }
        if (name.Contains('\\'))
        {
            return "it contains '\\'; separate folders with '/'";
        }
        if (name.Contains(':'))
        {
            return "it contains ':'; a template name is a relative path, without a drive or a scheme";
        }
        var parts = name.Split('/');
        if (parts.Contains(".."))
        {
            return "'..' would leave the template folders; name the template from the folder's root, as in 'partials/header.html'";
        }
        if (parts.Any(part => part.Length == 0 || part == "."))
        {
            return "it has an empty or '.' folder; write each folder once, separated by a single '/'";
        }
        return null;
    }

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
