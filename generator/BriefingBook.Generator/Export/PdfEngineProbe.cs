namespace BriefingBook.Generator.Export;

/// <summary>The answer to "can this machine make PDFs?": the engine found, or why none was and how to install one.</summary>
/// <param name="Engine">The engine found, or null.</param>
/// <param name="Reason">Why no usable engine was found; empty when one was.</param>
public sealed record PdfEngineProbe(PdfEngine? Engine, string Reason)
{
    /// <summary>One line telling a publisher how to install the engine.</summary>
    public const string InstallHint =
        "install WeasyPrint to build the PDF edition: apt-get install weasyprint (or pip install weasyprint)";

    /// <summary>True when <see cref="Engine"/> can render PDFs.</summary>
    public bool IsAvailable => Engine is not null;
}
