using BenchmarkDotNet.Running;
using BriefingBook.Benchmarks;

// Runs the benchmarks named on the command line, or offers a menu: dotnet run -c Release --project tests/BriefingBook.Benchmarks -- --filter '*'
// The editor's loop is timed end to end by its own harness (saves, articles of the generated book, milliseconds between saves):
// dotnet run -c Release --project tests/BriefingBook.Benchmarks -- save-to-page 20 2000 100
if (args.Length > 0 && args[0] == SaveToPageLatency.Command)
{
    return await SaveToPageLatency.RunAsync(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
