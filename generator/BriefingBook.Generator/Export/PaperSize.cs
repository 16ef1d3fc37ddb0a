namespace BriefingBook.Generator.Export;

/// <summary>The sheet size the print edition is laid out on.</summary>
public enum PaperSize
{
    /// <summary>ISO A4, 210 × 297 mm: the default.</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
}
