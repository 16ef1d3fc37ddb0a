namespace BriefingBook.Generator.Yaml;

/// <summary>
/// A YAML scalar kept as written. Its type is decided by the reader that expects it, so <c>NO</c>,
/// <c>1.10</c> and <c>0123</c> stay text wherever text is expected.
/// </summary>
public sealed class YamlScalar(int line, int column, string value, bool isPlain, string? tag) : YamlNode(line, column)
{
    public string Value { get; } = value;

    /// <summary>True when the scalar was written without quotes and without a tag.</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>The explicit tag (<c>tag:yaml.org,2002:str</c>...), if any.</summary>
    public string? Tag { get; } = tag;

    /// <summary>A plain <c>~</c>, <c>null</c> or empty value.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "an empty value" : $"the text '{Value}'";
}
