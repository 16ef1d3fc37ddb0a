namespace BriefingBook.Generator;

/// <summary>What to build and where: the command line's options.</summary>
public sealed record BuildOptions
{
    /// <summary>The path of site.yml; the book's folder is the folder that holds it.</summary>
    public string ConfigPath { get; init; } = "site.yml";

    /// <summary>Overrides site.yml's <c>output</c>; relative to the current folder.</summary>
    public string? OutputFolder { get; init; }

    public bool IncludeDrafts { get; init; }

    /// <summary>Most pages worked on at once; null uses every core. The output is the same either way.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>Whether the PDF edition is made; library callers get the site only unless they ask.</summary>
    public PdfMode Pdf { get; init; } = PdfMode.Skip;

    /// <summary>The PDF engine to use instead of the one found on the machine.</summary>
    public Export.PdfEngineProbe? PdfEngine { get; init; }
}
