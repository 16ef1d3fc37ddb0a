using BriefingBook.Generator.Export;

namespace BriefingBook.Generator.Tests.Export;

/// <summary>A fact that needs WeasyPrint and the PDF inspection tools; it is skipped, saying why, on a machine without them.</summary>
public sealed class WeasyPrintFactAttribute : FactAttribute
{
    public WeasyPrintFactAttribute()
    {
        if (MissingReason() is { } reason)
        {
            Skip = reason;
        }
    }

    internal static string? MissingReason()
    {
        var probe = PdfEngineLocator.Machine;
        if (!probe.IsAvailable)
        {
            return $"{probe.Reason}; {PdfEngineProbe.InstallHint}";
        }
        var missing = PdfInspector.MissingTools();
        return missing.Count == 0
            ? null
            : $"PDF inspection tools missing ({string.Join(", ", missing)}): apt-get install poppler-utils qpdf";
    }
}
