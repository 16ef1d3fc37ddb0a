namespace BriefingBook.Generator;

/// <summary>What to build and where: the command line's options.</summary>
public sealed record BuildOptions
{
    /// <summary>The path of site.yml; the book's folder is the folder that holds it.</summary>
    public string ConfigPath { get; init; } = "site.yml";

    /// <summary>Overrides site.yml's <c>output</c>; relative to the current folder.</summary>
    public string? OutputFolder { get; init; }

    public bool IncludeDrafts { get; init; }
}
