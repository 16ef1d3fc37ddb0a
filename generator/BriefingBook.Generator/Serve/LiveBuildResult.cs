using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Serve;

/// <summary>
/// The outcome of a live build: its problems, whether the preview was updated, and which pages changed
/// (every page when <see cref="Everything"/>).
/// </summary>
public sealed record LiveBuildResult(IReadOnlyList<Diagnostic> Diagnostics, bool Everything, IReadOnlyList<string> Pages, TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
