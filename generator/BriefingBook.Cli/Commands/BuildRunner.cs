using System.Diagnostics;
using BriefingBook.Cli.Console;
using BriefingBook.Generator;

namespace BriefingBook.Cli.Commands;

/// <summary>Runs a build with the console's progress display, prints its diagnostics and summary, and gives the exit code.</summary>
public static class BuildRunner
{
    public static int Run(BuildOptions options, bool quiet)
    {
        var console = ConsoleOutput.Detect(quiet);
        var clock = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = console.WithProgress(progress => SiteBuilder.Build(options, progress));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.Fatal($"the build stopped unexpectedly: {e.GetType().Name}: {e.Message}");
            return 1;
        }
        foreach (var diagnostic in result.Diagnostics)
        {
            console.Print(diagnostic with { Path = FromCurrentFolder(result.ProjectRoot, diagnostic.Path) });
        }
        console.Summary(result, clock.Elapsed);
        return result.Succeeded ? 0 : 1;
    }

    /// <summary>Paths are shown from the current folder, so that terminals and editors can open them.</summary>
    public static string FromCurrentFolder(string root, string path)
    {
        if (root.Length == 0 || Path.IsPathRooted(path) || path == "briefingbook")
        {
            return path;
        }
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(root, path));
        return Path.IsPathRooted(relative) ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
