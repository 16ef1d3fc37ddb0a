using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;

namespace BriefingBook.Generator.Write;

/// <summary>
/// Gathers the files under <c>assets/</c> of each template folder (the first folder in lookup order
/// wins for a given name) to be copied to <c>assets/</c> in the output.
/// </summary>
public static class AssetCollector
{
    public static List<OutputFile> Collect(SiteConfig config, DiagnosticBag diagnostics)
    {
        var files = new SortedDictionary<string, OutputFile>(StringComparer.Ordinal);
        foreach (var folder in config.TemplateFolders)
        {
            var assets = Path.Combine(folder, "assets");
            if (!Directory.Exists(assets))
            {
                continue;
            }
            foreach (var path in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = "assets/" + Path.GetRelativePath(assets, path).Replace(Path.DirectorySeparatorChar, '/');
                if (files.ContainsKey(relative) || Path.GetFileName(path).StartsWith('.'))
                {
                    continue;
                }
                if (!SafePath.IsInside(config.ProjectRoot, path))
                {
                    diagnostics.Error(WriteDiagnosticIds.UnsafeAsset, new SourceLocation(ContentLoader.Relative(config, path)),
                        "this asset is a link that leaves the book's folder and is refused", "replace the link with the file itself");
                    continue;
                }
                files[relative] = new OutputFile(relative, File.ReadAllBytes(path));
            }
        }
        return files.Values.ToList();
    }
}
