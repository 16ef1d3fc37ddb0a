using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator;

/// <summary>The outcome of a build: every diagnostic, in a stable order, and what was written.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, string? OutputFolder, int PagesRendered, int FilesWritten)
{
    /// <summary>The book's folder, which diagnostic paths are relative to.</summary>
    public string ProjectRoot { get; init; } = "";

    /// <summary>True when the site (or, for <c>pdf</c>, the print editions) reached the output folder, even if a PDF then failed.</summary>
    public bool OutputWritten { get; init; }

    /// <summary>The PDFs made, with their figures.</summary>
    public IReadOnlyList<Export.PdfExportResult> Pdfs { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}
