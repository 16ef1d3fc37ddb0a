namespace BriefingBook.Generator;

/// <summary>Where a build is: its stage, and within it how many of how many items are done.</summary>
public readonly record struct BuildProgress(BuildStage Stage, int Done, int Total);
