using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;

namespace BriefingBook.Generator.Write;

/// <summary>
/// Refuses an output folder the build must never replace: the book's folder, content/, templates/,
/// a folder above them or inside them, or a folder holding files the build did not produce.
/// </summary>
public static class OutputGuard
{
    public static bool Check(SiteConfig config, string output, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(config.ConfigPath);
        var resolved = SafePath.Resolve(output);
        // The output may sit inside the book's folder (public/), never inside content/ or templates/.
        var protectedFolders = new List<(string Path, string Name, bool ForbidInside)>
        {
            (config.ProjectRoot, "the book's folder", false),
            (config.ContentFolder, "content/", true),
        };
        protectedFolders.AddRange(config.TemplateFolders.Select(t => (t, Path.GetFileName(t) + "/", true)));
        foreach (var (folder, name, forbidInside) in protectedFolders)
        {
            var real = SafePath.Resolve(folder);
            if (SafePath.IsSameOrUnder(resolved, real) || (forbidInside && SafePath.IsSameOrUnder(real, resolved)))
            {
                diagnostics.Error(WriteDiagnosticIds.RefusedFolder, at, $"the output folder '{output}' would replace or sit inside {name}; the build refuses it",
                    "choose a folder of its own, such as 'public' (site.yml 'output' or --output)");
                return false;
            }
        }
        if (File.Exists(resolved))
        {
            diagnostics.Error(WriteDiagnosticIds.RefusedFolder, at, $"the output '{output}' is a file, not a folder", "choose a folder, such as 'public'");
            return false;
        }
        foreach (var folder in new[] { output, OutputWriter.StagingFolder(output), OutputWriter.PreviousFolder(output) })
        {
            if (!OutputMarker.IsOursOrEmpty(folder))
            {
                diagnostics.Error(WriteDiagnosticIds.ForeignFiles, at,
                    $"the folder '{folder}' holds files the build did not produce; nothing was deleted",
                    $"move those files away or choose another output folder: the build replaces only folders that carry its '{OutputMarker.FileName}' file");
                return false;
            }
        }
        return true;
    }
}
