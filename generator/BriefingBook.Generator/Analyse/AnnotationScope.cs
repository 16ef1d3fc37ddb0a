using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Analyse;

/// <summary>
/// The pages and entries, by source path, that a live rebuild annotates again, and what they held
/// before: when their mentions, index marks, titles and addresses are unchanged, the back-of-book index
/// of the previous build still holds and is kept.
/// </summary>
public sealed class AnnotationScope
{
    private readonly HashSet<string> _paths;
    private readonly Dictionary<string, (Markdown.AnnotationResult? Annotations, string Title, string OutputPath)>? _before;
    private readonly Site? _previous;

    public AnnotationScope(IEnumerable<string> sourcePaths, Site? previous = null)
    {
        _paths = new HashSet<string>(sourcePaths, StringComparer.Ordinal);
        _previous = previous;
        _before = previous?.Pages.Where(p => _paths.Contains(p.SourcePath)).ToDictionary(p => p.SourcePath, p => (p.Annotations, p.Title, p.OutputPath));
    }

    public IReadOnlySet<string> Paths => _paths;

    public bool Includes(string sourcePath) => _paths.Contains(sourcePath);

    /// <summary>The previous build's index, when the pages annotated again give it nothing new; otherwise null.</summary>
    public Dictionary<string, IReadOnlyList<IndexEntry>>? UnchangedIndex(Site site)
    {
        if (_previous is null || _before is null || site.Entries.Any(e => _paths.Contains(e.SourcePath)))
        {
            return null;
        }
        foreach (var page in site.Pages.Where(p => _paths.Contains(p.SourcePath)))
        {
            if (!_before.TryGetValue(page.SourcePath, out var old) || old.Title != page.Title || old.OutputPath != page.OutputPath
                || !AnnotationMarks.Same(old.Annotations, page.Annotations))
            {
                return null;
            }
        }
        return _previous.Index;
    }
}
