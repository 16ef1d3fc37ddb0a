using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line, or offers a menu: dotnet run -c Release --project tests/BriefingBook.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
