using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;

namespace BriefingBook.Generator.Write;

/// <summary>
/// Writes the whole output into a staging folder beside the output folder, then swaps it in. A
/// failed or killed build leaves the previous output in place; no file is written outside the output.
/// </summary>
public static class OutputWriter
{
    public static string StagingFolder(string output) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)) + ".staging";

    public static string PreviousFolder(string output) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)) + ".previous";

    /// <summary>Writes <paramref name="files"/> as the new content of <paramref name="output"/>; false when it failed (reported).</summary>
    public static bool Write(string output, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var staging = StagingFolder(output);
        var previous = PreviousFolder(output);
        var at = new SourceLocation(output);
        try
        {
            if (!Directory.Exists(output) && Directory.Exists(previous) && OutputMarker.IsMarked(previous))
            {
                Directory.Move(previous, output);
            }
            DeleteOwnFolder(staging);
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, OutputMarker.FileName), OutputMarker.Text);
            foreach (var file in files)
            {
                if (Target(staging, file, at, diagnostics) is not { } target)
                {
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Content);
            }
            if (diagnostics.HasErrors)
            {
                DeleteOwnFolder(staging, force: true);
                return false;
            }
            if (Directory.Exists(output))
            {
                DeleteOwnFolder(previous);
                Directory.Move(output, previous);
                Directory.Move(staging, output);
                DeleteOwnFolder(previous);
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(output)!);
                Directory.Move(staging, output);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(WriteDiagnosticIds.IoError, at, $"the output could not be written: {e.Message}",
                "check the disk space and the permissions of the output folder; the previous output was kept");
            return false;
        }
    }

    /// <summary>
    /// Writes a few files into the output as it is (each replaced only when complete), for commands that refresh
    /// part of the output; an output folder that does not exist yet is created and marked.
    /// </summary>
    public static bool WriteInPlace(string output, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var at = new SourceLocation(output);
        try
        {
            if (!OutputMarker.IsOursOrEmpty(output))
            {
                throw new IOException($"'{output}' holds files the build did not produce");
            }
            Directory.CreateDirectory(output);
            File.WriteAllText(Path.Combine(output, OutputMarker.FileName), OutputMarker.Text);
            foreach (var file in files)
            {
                if (Target(output, file, at, diagnostics) is not { } target)
                {
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temporary = target + ".writing";
                File.WriteAllBytes(temporary, file.Content);
                File.Move(temporary, target, overwrite: true);
            }
            return !diagnostics.HasErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(WriteDiagnosticIds.IoError, at, $"the output could not be written: {e.Message}",
                "check the disk space and the permissions of the output folder; the previous output was kept");
            return false;
        }
    }

    /// <summary>Where <paramref name="file"/> goes under <paramref name="root"/>, or null (reported) when that would be outside it.</summary>
    private static string? Target(string root, OutputFile file, SourceLocation at, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar)));
        if (Path.IsPathRooted(file.Path) || file.Path.Contains('\\') || !SafePath.IsSameOrUnder(root, target) || target == root)
        {
            diagnostics.Error(WriteDiagnosticIds.PathOutside, at, $"refused to write '{file.Path}': it is outside the output folder",
                "keys, slugs and tags may hold lower-case letters, digits and hyphens only");
            return null;
        }
        return target;
    }

    /// <summary>Deletes a folder only when it is the build's own (marked) or empty; the staging folder of this run may be forced.</summary>
    private static void DeleteOwnFolder(string folder, bool force = false)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        if (!force && !OutputMarker.IsOursOrEmpty(folder))
        {
            throw new IOException($"'{folder}' holds files the build did not produce");
        }
        Directory.Delete(folder, recursive: true);
    }
}
