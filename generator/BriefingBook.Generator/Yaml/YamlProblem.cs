namespace BriefingBook.Generator.Yaml;

/// <summary>A problem found while reading YAML, at a one-based line and column of the file.</summary>
public sealed record YamlProblem(YamlProblemKind Kind, int Line, int Column, string Message, string Hint);
