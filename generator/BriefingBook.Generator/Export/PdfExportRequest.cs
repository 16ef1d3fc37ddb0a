namespace BriefingBook.Generator.Export;

/// <summary>One PDF to make: the print document, the folder it may read from, and where the PDF goes.</summary>
/// <param name="DocumentPath">The print edition's HTML document; it must lie inside <paramref name="OutputFolder"/>.</param>
/// <param name="OutputFolder">The only folder whose files the engine may read (the document, its stylesheet, images, fonts).</param>
/// <param name="TargetPath">The PDF to write; it is replaced only when the new one is complete.</param>
public sealed record PdfExportRequest(string DocumentPath, string OutputFolder, string TargetPath)
{
    /// <summary>The sheet size; it overrides any size the print stylesheet sets.</summary>
    public PaperSize PaperSize { get; init; } = PaperSize.A4;

    /// <summary>
    /// Whether an index entry's repeated page numbers are merged ("3, 3, 4, 5" printed "3–5"). It costs a first
    /// layout of the document without its page references; turn it off for quick previews.
    /// </summary>
    public bool MergeRepeatedPageReferences { get; init; } = true;

    /// <summary>How long the engine may run before it is stopped and the PDF reported as failed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);
}
