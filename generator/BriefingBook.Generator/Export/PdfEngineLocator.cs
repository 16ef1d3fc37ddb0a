namespace BriefingBook.Generator.Export;

/// <summary>
/// Finds the Python interpreter that can import WeasyPrint: the one named in the <c>weasyprint</c> script's first
/// line, then the system's <c>/usr/bin/python3</c>, then the <c>python3</c> on the PATH (which may be another Python).
/// </summary>
public sealed class PdfEngineLocator
{
    /// <summary>The oldest WeasyPrint whose paged-media support the print stylesheet relies on (footnotes).</summary>
    public const int MinimumMajorVersion = 54;

    /// <summary>An environment variable that names the <c>weasyprint</c> script or the Python interpreter to use.</summary>
    public const string EnvironmentVariable = "BRIEFINGBOOK_WEASYPRINT";

    private static readonly Lazy<PdfEngineProbe> MachineProbe = new(() =>
        new PdfEngineLocator(Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path ? path : null).Locate());

    private readonly string? _explicitPath;

    /// <summary>Creates a locator; <paramref name="explicitPath"/> names a <c>weasyprint</c> script or a Python interpreter to use instead of searching.</summary>
    public PdfEngineLocator(string? explicitPath = null) => _explicitPath = explicitPath;

    /// <summary>The engine of this machine (or the one <see cref="EnvironmentVariable"/> names), looked for once per process.</summary>
    public static PdfEngineProbe Machine => MachineProbe.Value;

    /// <summary>Looks for a usable engine and says which one, or why there is none.</summary>
    public PdfEngineProbe Locate()
    {
        var tried = new List<string>();
        foreach (var interpreter in Candidates())
        {
            var answer = Ask(interpreter);
            if (answer is PdfEngine engine)
            {
                if (engine.MajorVersion >= MinimumMajorVersion)
                {
                    return new PdfEngineProbe(engine, "");
                }
                tried.Add($"{interpreter}: WeasyPrint {engine.Version} is older than {MinimumMajorVersion}");
            }
            else
            {
                tried.Add($"{interpreter}: {answer}");
            }
        }
        var reason = (tried.Count, _explicitPath) switch
        {
            (> 0, _) => "WeasyPrint was not found (" + string.Join("; ", tried) + ")",
            (_, { } path) => $"WeasyPrint was not found at {path}",
            _ => "WeasyPrint was not found: no weasyprint program and no Python interpreter on this machine",
        };
        return new PdfEngineProbe(null, reason);
    }

    private IEnumerable<string> Candidates()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<string?> wanted = _explicitPath is { } path
            ? [IsPython(path) ? ExecutableSearch.Find(path) : InterpreterOf(path)]
            : [InterpreterOf("weasyprint"), "/usr/bin/python3", ExecutableSearch.Find("python3")];
        foreach (var candidate in wanted)
        {
            if (candidate is not null && File.Exists(candidate) && seen.Add(candidate))
            {
                yield return candidate;
            }
        }
    }

    private static bool IsPython(string path) => Path.GetFileName(path).StartsWith("python", StringComparison.Ordinal);

    /// <summary>The interpreter a script's <c>#!</c> line names, following <c>/usr/bin/env NAME</c> through the PATH.</summary>
    internal static string? InterpreterOf(string script)
    {
        if (ExecutableSearch.Find(script) is not { } file)
        {
            return null;
        }
        string? firstLine;
        try
        {
            using var reader = new StreamReader(file);
            firstLine = reader.ReadLine();
        }
        catch (IOException)
        {
            return null;
        }
        if (firstLine is null || !firstLine.StartsWith("#!", StringComparison.Ordinal))
        {
            return null;
        }
        var words = firstLine[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return null;
        }
        if (Path.GetFileName(words[0]) == "env")
        {
            var name = words.Skip(1).FirstOrDefault(word => !word.StartsWith('-'));
            return name is null ? null : ExecutableSearch.Find(name);
        }
        return words[0];
    }

    private static object Ask(string interpreter)
    {
        const string Script = "import sys, weasyprint; sys.stdout.write(weasyprint.__version__)";
        var outcome = EngineProcess.RunAsync(interpreter, ["-c", Script], null, TimeSpan.FromSeconds(60), CancellationToken.None)
            .GetAwaiter().GetResult();
        if (outcome.ExitCode == 0 && outcome.StandardOutput.Trim() is { Length: > 0 } version)
        {
            return new PdfEngine(interpreter, version);
        }
        if (outcome.TimedOut)
        {
            return "no answer within 60 s";
        }
        return EngineErrorSummary.Summarise(outcome.StandardError, fallback: $"exit code {outcome.ExitCode}");
    }
}
