namespace BriefingBook.Generator.Markdown.Catalog;

/// <summary>
/// A resolver over fixed tables: keys to targets, the sections each key has, and entry keys to targets. Serves
/// tests, benchmarks and any caller whose links are known before rendering.
/// </summary>
public sealed class MapCrossReferenceResolver : ICrossReferenceResolver
{
    private readonly Dictionary<string, CrossReferenceTarget> targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CrossReferenceTarget> entries = new(StringComparer.Ordinal);

    /// <summary>A resolver that knows nothing: every reference is unresolved and no mention is linked.</summary>
    public static MapCrossReferenceResolver Empty { get; } = new();

    /// <summary>Adds an article, page or entry reachable with <c>[[key]]</c>, and the section ids it has.</summary>
    public MapCrossReferenceResolver AddTarget(string key, CrossReferenceTarget target, params string[] sectionIds)
    {
        targets[key] = target;
        sections[key] = new HashSet<string>(sectionIds, StringComparer.Ordinal);
        return this;
    }

    /// <summary>Adds the page an automatically linked entry leads to.</summary>
    public MapCrossReferenceResolver AddEntry(string entryKey, CrossReferenceTarget target)
    {
        entries[entryKey] = target;
        return this;
    }

    /// <inheritdoc />
    public CrossReferenceTarget? Resolve(string key, string? section)
    {
        if (!targets.TryGetValue(key, out var target))
        {
            return null;
        }

        if (section is null)
        {
            return target;
        }

        return sections[key].Contains(section) ? target with { Url = target.Url + "#" + section } : null;
    }

    /// <inheritdoc />
    public CrossReferenceTarget? ResolveEntry(string entryKey) => entries.GetValueOrDefault(entryKey);
}
