using System.ComponentModel;
using System.Diagnostics;

namespace BriefingBook.Generator.Export;

/// <summary>Runs one external program to completion or to its time limit, feeding its input and capturing its output.</summary>
internal static class EngineProcess
{
    /// <summary>What a finished (or stopped) run left behind.</summary>
    internal sealed record Outcome(int ExitCode, string StandardOutput, string StandardError, bool TimedOut, bool FailedToStart);

    private static readonly string[] ProxyVariables =
        ["http_proxy", "https_proxy", "ftp_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "ALL_PROXY", "NO_PROXY"];

    internal static async Task<Outcome> RunAsync(
        string fileName, IEnumerable<string> arguments, string? standardInput, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // A fixed hash seed and a fixed font timestamp (fontTools stamps its subsets with SOURCE_DATE_EPOCH, or the
        // clock) make the engine's output byte-identical from one run to the next.
        start.Environment["PYTHONHASHSEED"] = "0";
        start.Environment["SOURCE_DATE_EPOCH"] = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH") ?? "0";
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var name in ProxyVariables)
        {
            start.Environment.Remove(name);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception error)
        {
            return new Outcome(-1, "", error.Message, TimedOut: false, FailedToStart: true);
        }

        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput);
            }
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program ended before reading its input; its exit code and error output say why.
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            timedOut = !cancellationToken.IsCancellationRequested;
        }
        var standardOutput = await output;
        var standardError = await errors;
        cancellationToken.ThrowIfCancellationRequested();
        return new Outcome(timedOut ? -1 : process.ExitCode, standardOutput, standardError, timedOut, FailedToStart: false);
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own between the deadline and the kill.
        }
        process.WaitForExit();
    }
}
