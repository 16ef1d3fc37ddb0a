namespace BriefingBook.Generator.Tests.Fixtures;

/// <summary>
/// Runs the command-line tool in process with the given arguments and returns its exit code and what it wrote.
/// Tests that use it swap the process's console, so they belong to the <see cref="ProcessWideState"/> collection.
/// </summary>
public static class CliRunner
{
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        var (previousOut, previousError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            return (BriefingBook.Cli.Program.Main(args), output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }
}
