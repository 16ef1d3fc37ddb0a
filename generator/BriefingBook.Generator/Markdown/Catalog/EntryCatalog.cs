using BriefingBook.Generator.Markdown.EntryLinks;

namespace BriefingBook.Generator.Markdown.Catalog;

/// <summary>
/// The entries of one language, compiled once into an <see cref="EntryMatcher"/> that every article of that
/// language reuses. Applies the editor's case rules: an alias with no lower-case letter matches its exact
/// case; any other alias matches whatever the case unless its entry sets <c>match_case</c>.
/// </summary>
public sealed class EntryCatalog
{
    private readonly List<EntryDescriptor> entries = [];
    private readonly Dictionary<string, int> indexByKey = new(StringComparer.Ordinal);
    private readonly List<string> conflicts = [];

    /// <summary>A catalog without entries: nothing is linked.</summary>
    public static EntryCatalog Empty { get; } = new([]);

    /// <summary>Compiles the entries, in the order given; an alias claimed twice stays with the first entry.</summary>
    public EntryCatalog(IEnumerable<EntryDescriptor> descriptors)
    {
        var builder = new EntryMatcherBuilder();
        foreach (var entry in descriptors)
        {
            if (!indexByKey.TryAdd(entry.Key, entries.Count))
            {
                conflicts.Add($"entry key '{entry.Key}' is defined twice; the first definition is used");
                continue;
            }

            entries.Add(entry);
            var index = entries.Count - 1;
            foreach (var alias in entry.Aliases.Prepend(entry.Name).Distinct(StringComparer.Ordinal))
            {
                var exactCase = entry.MatchCase || !alias.Any(char.IsLower);
                if (!builder.Add(alias, index, exactCase))
                {
                    conflicts.Add($"alias '{alias}' of entry '{entry.Key}' is already an alias of another entry; the first entry keeps it");
                }
            }
        }

        Matcher = builder.Build();
    }

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<EntryDescriptor> Entries => entries;

    /// <summary>Aliases or keys claimed twice, in words an editor can act on.</summary>
    public IReadOnlyList<string> Conflicts => conflicts;

    /// <summary>The compiled prefix tree.</summary>
    public EntryMatcher Matcher { get; }

    /// <summary>The entry with this key, or null.</summary>
    public EntryDescriptor? Find(string key) => indexByKey.TryGetValue(key, out var index) ? entries[index] : null;
}
