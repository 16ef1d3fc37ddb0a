using System.Globalization;
using BriefingBook.Generator;
using BriefingBook.Generator.Diagnostics;
using Spectre.Console;

namespace BriefingBook.Cli.Console;

/// <summary>
/// What the user sees: a live status on a terminal, plain lines when the output is redirected (logs,
/// CI), and nothing but diagnostics with <c>--quiet</c>. Diagnostics go to the error stream.
/// </summary>
public abstract class ConsoleOutput
{
    public static ConsoleOutput Detect(bool quiet) =>
        quiet ? new PlainConsoleOutput(quiet: true)
        : System.Console.IsOutputRedirected || System.Console.IsErrorRedirected || !AnsiConsole.Profile.Capabilities.Interactive
            ? new PlainConsoleOutput(quiet: false)
            : new InteractiveConsoleOutput();

    public abstract BuildResult WithProgress(Func<IProgress<BuildProgress>, BuildResult> build);

    public abstract void Print(Diagnostic diagnostic);

    public abstract void Summary(BuildResult result, TimeSpan elapsed);

    public void Fatal(string message) => System.Console.Error.WriteLine($"error: {message}");

    protected static string SummaryText(BuildResult result, TimeSpan elapsed)
    {
        var warnings = result.Warnings.Count();
        var warningText = warnings == 0 ? "" : $", {warnings} warning{(warnings == 1 ? "" : "s")}";
        var pdfs = string.Concat(result.Pdfs.Where(p => p.Succeeded).Select(p =>
            $" {Path.GetFileName(p.TargetPath)}: {p.Pages} pages in {p.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s."));
        var errors = result.Errors.Count();
        var errorText = $"{errors} error{(errors == 1 ? "" : "s")}";
        if (result.Succeeded)
        {
            return $"Built {result.PagesRendered} pages ({result.FilesWritten} files) into {Display(result.OutputFolder)} in {elapsed.TotalSeconds:0.0} s{warningText}.{pdfs}";
        }
        if (result.OutputWritten)
        {
            return $"Built {result.PagesRendered} pages into {Display(result.OutputFolder)}, but the PDF edition failed: {errorText}{warningText}. The previous PDFs are kept.{pdfs}";
        }
        return $"Build failed: {errorText}{warningText}. The previous output is unchanged.";
    }

    protected static string Describe(BuildProgress progress) => progress.Total > 0
        ? $"{progress.Stage.ToString().ToLowerInvariant()}: {progress.Done}/{progress.Total} pages"
        : progress.Stage.ToString().ToLowerInvariant();

    private static string Display(string? folder)
    {
        if (folder is null)
        {
            return "the output folder";
        }
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? folder : relative) + "/";
    }
}
