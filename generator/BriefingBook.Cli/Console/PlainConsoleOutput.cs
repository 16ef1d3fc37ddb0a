using BriefingBook.Generator;
using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Cli.Console;

/// <summary>Plain lines, for redirected output: one line when each stage starts, no colours, no animation.</summary>
public sealed class PlainConsoleOutput(bool quiet) : ConsoleOutput
{
    public override BuildResult WithProgress(Func<IProgress<BuildProgress>, BuildResult> build) =>
        build(quiet ? new Progress() : new StageLines());

    public override void Print(Diagnostic diagnostic) => System.Console.Error.WriteLine(diagnostic.ToString());

    public override void Summary(BuildResult result, TimeSpan elapsed)
    {
        if (!quiet || !result.Succeeded)
        {
            System.Console.WriteLine(SummaryText(result, elapsed));
        }
    }

    private sealed class Progress : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
        }
    }

    private sealed class StageLines : IProgress<BuildProgress>
    {
        private readonly Lock _lock = new();
        private BuildStage? _last;

        public void Report(BuildProgress value)
        {
            lock (_lock)
            {
                if (_last != value.Stage)
                {
                    _last = value.Stage;
                    System.Console.WriteLine($"{value.Stage.ToString().ToLowerInvariant()}...");
                }
            }
        }
    }
}
