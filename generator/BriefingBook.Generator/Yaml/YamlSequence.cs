namespace BriefingBook.Generator.Yaml;

/// <summary>A YAML list.</summary>
public sealed class YamlSequence(int line, int column, IReadOnlyList<YamlNode> items) : YamlNode(line, column)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string Describe() => "a list";
}
