namespace BriefingBook.Generator;

/// <summary>The stages of a build, in order, as reported to progress displays.</summary>
public enum BuildStage
{
    Configure,
    Load,
    Parse,
    Analyse,
    Render,
    Write,
    Pdf,
}
