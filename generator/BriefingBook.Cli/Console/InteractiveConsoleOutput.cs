using BriefingBook.Generator;
using BriefingBook.Generator.Diagnostics;
using Spectre.Console;

namespace BriefingBook.Cli.Console;

/// <summary>A terminal: a live status line with the stage and page count, coloured diagnostics and summary.</summary>
public sealed class InteractiveConsoleOutput : ConsoleOutput
{
    public override BuildResult WithProgress(Func<IProgress<BuildProgress>, BuildResult> build)
    {
        var state = new LatestProgress();
        return AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start("configure", context =>
        {
            var task = Task.Run(() => build(state));
            while (!task.Wait(TimeSpan.FromMilliseconds(80)))
            {
                context.Status(Markup.Escape(Describe(state.Current)));
            }
            return task.GetAwaiter().GetResult();
        });
    }

    public override void Print(Diagnostic diagnostic)
    {
        var colour = diagnostic.Severity == DiagnosticSeverity.Error ? "red" : "yellow";
        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        error.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.Headline)}[/]");
        if (diagnostic.Hint is not null)
        {
            error.MarkupLine($"  [grey]hint: {Markup.Escape(diagnostic.Hint)}[/]");
        }
    }

    public override void Summary(BuildResult result, TimeSpan elapsed) =>
        AnsiConsole.MarkupLine($"[{(result.Succeeded ? "green" : "red")}]{Markup.Escape(SummaryText(result, elapsed))}[/]");

    private sealed class LatestProgress : IProgress<BuildProgress>
    {
        private readonly Lock _lock = new();
        private BuildProgress _current;

        public BuildProgress Current
        {
            get
            {
                lock (_lock)
                {
                    return _current;
                }
            }
        }

        public void Report(BuildProgress value)
        {
            lock (_lock)
            {
                if (value.Stage > _current.Stage || (value.Stage == _current.Stage && value.Done >= _current.Done))
                {
                    _current = value;
                }
            }
        }
    }
}
