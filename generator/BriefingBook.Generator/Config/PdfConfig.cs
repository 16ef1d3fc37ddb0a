using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Export;

namespace BriefingBook.Generator.Config;

/// <summary>
/// The <c>pdf:</c> section of site.yml: whether <c>build</c> makes the PDF edition, on which paper, under which
/// file names, and how serious a machine without the PDF engine is.
/// </summary>
public sealed record PdfConfig
{
    public bool Enabled { get; init; } = true;

    public PaperSize Paper { get; init; } = PaperSize.A4;

    /// <summary>File names given per language in site.yml; the others use <see cref="DefaultFileName"/>.</summary>
    public IReadOnlyDictionary<string, string> FileNames { get; init; } = new Dictionary<string, string>();

    public DiagnosticSeverity MissingEngine { get; init; } = DiagnosticSeverity.Warning;

    public static string DefaultFileName(string language) => $"briefing-book.{language}.pdf";

    /// <summary>The PDF's path relative to the output folder.</summary>
    public string FileName(string language) => FileNames.GetValueOrDefault(language) ?? DefaultFileName(language);
}
