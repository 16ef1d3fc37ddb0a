using System.Globalization;

namespace BriefingBook.Generator.Diagnostics;

/// <summary>
/// One problem found by the build, located in a source file, in the shape .NET tools and editors parse:
/// <c>path(line,col): error BB2001: message</c>, followed by a hint saying how to fix it.
/// </summary>
public sealed record Diagnostic(
    string Id,
    DiagnosticSeverity Severity,
    string Path,
    int Line,
    int Column,
    string Message,
    string? Hint = null)
{
    /// <summary>The first line of the report: location, severity, id and message.</summary>
    public string Headline
    {
        get
        {
            var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
            // A problem with a whole file is placed at its start, so every message keeps the same shape.
            var location = string.Create(CultureInfo.InvariantCulture, $"{Path}({Math.Max(Line, 1)},{Math.Max(Column, 1)})");
            return $"{location}: {severity} {Id}: {Message}";
        }
    }

    public override string ToString() => Hint is null ? Headline : $"{Headline}\n  hint: {Hint}";
}
