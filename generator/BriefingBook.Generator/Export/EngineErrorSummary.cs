namespace BriefingBook.Generator.Export;

/// <summary>Turns an engine's error output, tracebacks included, into the one line a publisher needs to read.</summary>
internal static class EngineErrorSummary
{
    private const int MaximumLength = 300;

    internal static string Summarise(string standardError, string fallback)
    {
        var lines = standardError
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("Traceback ", StringComparison.Ordinal)
                && !line.StartsWith("File \"", StringComparison.Ordinal)
                && !line.StartsWith('^')
                && !line.StartsWith('~'))
            .ToList();
        // Python ends a traceback with "ExceptionType: message", the line that says what went wrong.
        var verdict = lines.LastOrDefault(IsExceptionLine) ?? lines.LastOrDefault();
        if (string.IsNullOrWhiteSpace(verdict))
        {
            return fallback;
        }
        return verdict.Length <= MaximumLength ? verdict : verdict[..(MaximumLength - 1)] + "…";
    }

    private static bool IsExceptionLine(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }
        var name = line[..colon];
        return name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_')
            && (name.EndsWith("Error", StringComparison.Ordinal) || name.EndsWith("Exception", StringComparison.Ordinal));
    }
}
