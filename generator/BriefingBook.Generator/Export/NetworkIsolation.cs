namespace BriefingBook.Generator.Export;

/// <summary>Runs a program in a network namespace of its own (<c>unshare -n</c>) when the machine allows it, so it cannot reach any network.</summary>
internal static class NetworkIsolation
{
    private static readonly Lazy<string[]?> Prefix = new(FindPrefix, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The command that runs <paramref name="fileName"/> with <paramref name="arguments"/>, isolated when possible.</summary>
    internal static (string FileName, IReadOnlyList<string> Arguments, bool Isolated) Wrap(string fileName, IReadOnlyList<string> arguments)
    {
        if (Prefix.Value is not { } prefix)
        {
            return (fileName, arguments, false);
        }
        return (prefix[0], [.. prefix[1..], "--", fileName, .. arguments], true);
    }

    private static string[]? FindPrefix()
    {
        if (!OperatingSystem.IsLinux() || ExecutableSearch.Find("unshare") is not { } unshare)
        {
            return null;
        }
        // As root a plain network namespace works; otherwise an unprivileged user namespace may allow one.
        foreach (var options in new[] { new[] { "-n" }, ["-r", "-n"] })
        {
            string[] probe = [.. options, "--", "true"];
            var outcome = EngineProcess.RunAsync(unshare, probe, null, TimeSpan.FromSeconds(10), CancellationToken.None)
                .GetAwaiter().GetResult();
            if (outcome.ExitCode == 0)
            {
                return [unshare, .. options];
            }
        }
        return null;
    }
}
