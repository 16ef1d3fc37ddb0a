using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Print;

namespace BriefingBook.Generator.Export;

/// <summary>
/// The PDF stage, once the print editions are in the output folder: one PDF per language at the output's top,
/// under the names site.yml gives. Each PDF replaces the previous one only when complete, so a failed export
/// keeps the previous PDF and never touches the site.
/// </summary>
public static class PdfStage
{
    /// <summary>Makes the PDFs; <paramref name="probe"/> is the engine looked for (a missing one is reported as site.yml says).</summary>
    public static IReadOnlyList<PdfExportResult> Run(SiteConfig config, string outputFolder, PdfEngineProbe probe, DiagnosticBag diagnostics,
        CancellationToken cancellationToken = default)
    {
        var at = new SourceLocation(config.ConfigPath);
        if (!probe.IsAvailable)
        {
            // One line, with no separate hint: the reason and how to install the engine.
            diagnostics.Report(PdfDiagnosticIds.EngineMissing, config.Pdf.MissingEngine, at,
                $"no PDF edition ({probe.Reason}); {PdfEngineProbe.InstallHint}");
            return [];
        }
        var exporter = new PdfExporter(probe.Engine!);
        var results = new List<PdfExportResult>();
        foreach (var language in config.Languages.Select(l => l.Code))
        {
            var document = Path.Combine(outputFolder, PrintEditionBuilder.PrintPath(language).Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(document))
            {
                diagnostics.Error(PdfDiagnosticIds.PrintEditionMissing, at, $"no print edition for '{language}' ({PrintEditionBuilder.PrintPath(language)})",
                    "the PDF is made from the print edition: a language needs at least one article");
                continue;
            }
            var target = Path.Combine(outputFolder, config.Pdf.FileName(language));
            var request = new PdfExportRequest(document, outputFolder, target) { PaperSize = config.Pdf.Paper };
            var result = exporter.ExportAsync(request, cancellationToken).GetAwaiter().GetResult();
            results.Add(result);
            if (!result.Succeeded)
            {
                diagnostics.Error(PdfDiagnosticIds.ExportFailed, at, $"{config.Pdf.FileName(language)} was not made: {result.Error}",
                    "the site is built and the previous PDF, if any, was kept; fix the print layout or stylesheet and run 'briefingbook pdf'");
            }
            foreach (var blocked in result.BlockedResources)
            {
                diagnostics.Warning(PdfDiagnosticIds.ResourceBlocked, at, $"{config.Pdf.FileName(language)}: '{blocked}' was left out of the PDF",
                    "the PDF may use only files inside the output folder: no local files elsewhere and no remote addresses");
            }
        }
        return results;
    }
}
