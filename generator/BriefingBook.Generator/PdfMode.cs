namespace BriefingBook.Generator;

/// <summary>What a build does about the PDF edition.</summary>
public enum PdfMode
{
    /// <summary>No PDF: the site only (the previous PDFs are kept in the output).</summary>
    Skip,

    /// <summary>The site, then the PDFs when site.yml enables them (<c>build</c>).</summary>
    Build,

    /// <summary>The print editions and the PDFs only; the rest of the output is left as it is (<c>pdf</c>).</summary>
    Only,
}
