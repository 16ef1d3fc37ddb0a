namespace BriefingBook.Generator.Yaml;

/// <summary>A node of a YAML document with the one-based line and column where it starts in its file.</summary>
public abstract class YamlNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>How this node is described in messages: "a text", "a list", "a mapping".</summary>
    public abstract string Describe();
}
