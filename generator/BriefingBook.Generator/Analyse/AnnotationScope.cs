namespace BriefingBook.Generator.Analyse;

/// <summary>The pages and entries, by source path, that a live rebuild annotates again.</summary>
public sealed class AnnotationScope(IEnumerable<string> sourcePaths)
{
    private readonly HashSet<string> _paths = new(sourcePaths, StringComparer.Ordinal);

    public IReadOnlySet<string> Paths => _paths;

    public bool Includes(string sourcePath) => _paths.Contains(sourcePath);
}
