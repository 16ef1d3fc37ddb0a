using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Serve;

/// <summary>
/// The outcome of a live build: its problems, whether the preview was updated, and which pages changed
/// (every page when <see cref="Everything"/>).
/// </summary>
public sealed record LiveBuildResult(IReadOnlyList<Diagnostic> Diagnostics, bool Everything, IReadOnlyList<string> Pages, TimeSpan Elapsed)
{
    /// <summary>The project-relative paths the build acted on: the changes it was given, less scratch files that came and went.</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <summary>Whether the build had nothing to do: every change it was given was a scratch file.</summary>
    public bool Idle => !Everything && Pages.Count == 0 && Changes.Count == 0 && Diagnostics.Count == 0;

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
