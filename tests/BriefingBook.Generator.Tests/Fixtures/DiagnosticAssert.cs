using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Tests.Fixtures;

/// <summary>Assertions on a build's diagnostics: id, severity, file and position.</summary>
public static class DiagnosticAssert
{
    public static Diagnostic HasError(BuildResult result, string id, string? path = null, int? line = null, int? column = null) =>
        Has(result.Diagnostics, DiagnosticSeverity.Error, id, path, line, column);

    public static Diagnostic HasWarning(BuildResult result, string id, string? path = null, int? line = null) =>
        Has(result.Diagnostics, DiagnosticSeverity.Warning, id, path, line, null);

    public static Diagnostic Has(IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity severity, string id, string? path = null, int? line = null, int? column = null)
    {
        var list = diagnostics.ToList();
        var match = list.FirstOrDefault(d => d.Id == id && d.Severity == severity && (path is null || d.Path == path)
            && (line is null || d.Line == line) && (column is null || d.Column == column));
        Assert.True(match is not null, $"expected {severity} {id} at {path}({line},{column}); got:\n{string.Join("\n", list)}");
        Assert.False(string.IsNullOrWhiteSpace(match!.Hint), $"{id} has no hint");
        return match;
    }

    public static void NoErrors(BuildResult result) =>
        Assert.True(result.Succeeded, "expected no errors; got:\n" + string.Join("\n", result.Errors));
}
