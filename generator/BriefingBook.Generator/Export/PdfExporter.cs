using System.Diagnostics;
using System.Text.Json;

namespace BriefingBook.Generator.Export;

/// <summary>
/// Turns a print document into a PDF by running WeasyPrint as a separate process, cut off from the network and
/// from every file outside the output folder. A failed export leaves the target as it was.
/// </summary>
public sealed class PdfExporter
{
    private readonly PdfEngine _engine;

    /// <summary>Creates an exporter that renders with <paramref name="engine"/> (see <see cref="PdfEngineLocator"/>).</summary>
    public PdfExporter(PdfEngine engine) => _engine = engine;

    /// <summary>Creates an exporter with this machine's engine, or returns null with the probe saying why there is none.</summary>
    public static PdfExporter? ForMachine(out PdfEngineProbe probe)
    {
        probe = PdfEngineLocator.Machine;
        return probe.Engine is { } engine ? new PdfExporter(engine) : null;
    }

    /// <summary>Renders <see cref="PdfExportRequest.DocumentPath"/> to <see cref="PdfExportRequest.TargetPath"/>.</summary>
    public async Task<PdfExportResult> ExportAsync(PdfExportRequest request, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var target = Path.GetFullPath(request.TargetPath);
        PdfExportResult Fail(string error, bool isolated = false, IReadOnlyList<string>? blocked = null) => new()
        {
            Succeeded = false,
            TargetPath = target,
            Error = error,
            Elapsed = clock.Elapsed,
            NetworkIsolated = isolated,
            BlockedResources = blocked ?? [],
        };

        var root = Path.GetFullPath(request.OutputFolder);
        var document = Path.GetFullPath(request.DocumentPath);
        if (!Directory.Exists(root))
        {
            return Fail($"the output folder {root} does not exist");
        }
        if (!File.Exists(document))
        {
            return Fail($"the print document {document} does not exist");
        }
        if (!IsInside(document, root))
        {
            return Fail($"the print document {document} is outside the output folder {root}");
        }

        var targetFolder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(targetFolder);
        var partial = Path.Combine(targetFolder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        var workFolder = Directory.CreateTempSubdirectory("briefingbook-pdf-");
        try
        {
            var script = WeasyPrintDriverScript.WriteTo(workFolder.FullName);
            var input = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["root"] = root,
                ["document"] = document,
                ["target"] = partial,
                ["stylesheets"] = new[] { PaperStylesheet(request.PaperSize) },
                ["merge_page_refs"] = request.MergeRepeatedPageReferences,
            });
            var (fileName, arguments, isolated) = NetworkIsolation.Wrap(_engine.InterpreterPath, [script]);
            var outcome = await EngineProcess.RunAsync(fileName, arguments, input, request.Timeout, cancellationToken);
            if (outcome.FailedToStart)
            {
                return Fail($"the PDF engine could not be started ({_engine}): {outcome.StandardError}", isolated);
            }
            if (outcome.TimedOut)
            {
                return Fail($"the PDF engine did not finish within {request.Timeout.TotalSeconds:0} s and was stopped", isolated);
            }

            var answer = DriverAnswer.Parse(outcome.StandardOutput);
            if (outcome.ExitCode != 0 || answer.Error is not null || !File.Exists(partial))
            {
                var reason = answer.Error ?? EngineErrorSummary.Summarise(outcome.StandardError, $"exit code {outcome.ExitCode}");
                return Fail($"the PDF engine failed: {reason}", isolated, answer.Refused);
            }

            File.Move(partial, target, overwrite: true);
            return new PdfExportResult
            {
                Succeeded = true,
                TargetPath = target,
                Pages = answer.Pages,
                Bytes = new FileInfo(target).Length,
                Elapsed = clock.Elapsed,
                NetworkIsolated = isolated,
                BlockedResources = answer.Refused,
                EngineWarnings = answer.Warnings,
            };
        }
        finally
        {
            File.Delete(partial);
            workFolder.Delete(recursive: true);
        }
    }

    // A user stylesheet marked important outranks any size the document's own stylesheet sets.
    private static string PaperStylesheet(PaperSize size) => size switch
    {
        PaperSize.Letter => "@page { size: letter !important; }",
        _ => "@page { size: A4 !important; }",
    };

    private static bool IsInside(string path, string folder)
    {
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }
}
