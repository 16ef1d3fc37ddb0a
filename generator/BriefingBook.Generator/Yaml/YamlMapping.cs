namespace BriefingBook.Generator.Yaml;

/// <summary>A YAML mapping with text keys, in the order written; keys are unique (the reader refuses duplicates).</summary>
public sealed class YamlMapping(int line, int column, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries) : YamlNode(line, column)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public override string Describe() => "a mapping";
}
