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
            console.Print(diagnostic);
        }
        console.Summary(result, clock.Elapsed);
        return result.Succeeded ? 0 : 1;
    }
}
