using System.Globalization;
using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Yaml;

/// <summary>
/// Reads typed values out of a YAML tree and reports every mismatch (wrong type, unknown key,
/// missing value) at the node's line and column, with the ids of the stage that reads the file.
/// </summary>
public sealed class YamlValueReader(DiagnosticBag diagnostics, string path, YamlDiagnosticIds ids)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public string Path { get; } = path;

    public YamlDiagnosticIds Ids { get; } = ids;

    public SourceLocation At(YamlNode node) => new(Path, node.Line, node.Column);

    /// <summary>Parses YAML text; a problem is reported and gives null.</summary>
    public YamlNode? Parse(string text, int lineOffset, out bool failed)
    {
        var (root, problem) = YamlTreeReader.Read(text, lineOffset);
        failed = problem is not null;
        if (problem is not null)
        {
            Diagnostics.Error(Ids.For(problem.Kind), new SourceLocation(Path, problem.Line, problem.Column), problem.Message, problem.Hint);
        }
        return root;
    }

    /// <summary>Reports every key of <paramref name="mapping"/> not in <paramref name="known"/>, with the closest known key.</summary>
    public void CheckKnownKeys(YamlMapping mapping, IReadOnlyCollection<string> known, string where)
    {
        foreach (var (key, _) in mapping.Entries)
        {
            if (!known.Contains(key.Value))
            {
                var suggestion = DidYouMean.Find(key.Value, known);
                var hint = suggestion is not null
                    ? $"did you mean '{suggestion}'?"
                    : $"the keys allowed {where} are: {string.Join(", ", known.Order(StringComparer.Ordinal))}";
                Diagnostics.Error(Ids.UnknownKey, At(key), $"unknown key '{key.Value}' {where}", hint);
            }
        }
    }

    public YamlMapping? Mapping(YamlNode? node, string name)
    {
        if (node is null or YamlScalar { IsNull: true })
        {
            return null;
        }
        if (node is YamlMapping mapping)
        {
            return mapping;
        }
        WrongType(node, name, "a mapping of keys and values");
        return null;
    }

    public string? String(YamlNode? node, string name)
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                return scalar.Value;
            default:
                WrongType(node, name, "a text");
                return null;
        }
    }

    public string? RequiredString(YamlMapping mapping, string key, string where, SourceLocation fallback)
    {
        var value = String(mapping[key], key);
        if (string.IsNullOrWhiteSpace(value) && (mapping[key] is null or YamlScalar))
        {
            var at = mapping[key] is { } node ? At(node) : fallback;
            Diagnostics.Error(Ids.Missing, at, $"'{key}' is missing {where}", $"add a line '{key}: ...'");
            return null;
        }
        return value;
    }

    public IReadOnlyList<string> StringList(YamlNode? node, string name)
    {
        switch (node)
        {
            case null or YamlScalar { IsNull: true }:
                return [];
            case YamlSequence sequence:
                var items = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } scalar)
                    {
                        items.Add(scalar.Value);
                    }
                    else
                    {
                        WrongType(item, name + " item", "a text");
                    }
                }
                return items;
            default:
                WrongType(node, name, "a list, e.g. [a, b]");
                return [];
        }
    }

    public bool? Bool(YamlNode? node, string name)
    {
        var text = ScalarText(node, name, "true or false");
        if (text is null)
        {
            return null;
        }
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        WrongType(node!, name, "true or false");
        return null;
    }

    public int? Int(YamlNode? node, string name)
    {
        var text = ScalarText(node, name, "a whole number");
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        WrongType(node!, name, "a whole number");
        return null;
    }

    public ContentDate? Date(YamlNode? node, string name)
    {
        var text = ScalarText(node, name, "a date such as 2026-11-21");
        if (text is null)
        {
            return null;
        }
        if (ContentDate.TryParse(text, out var date))
        {
            return date;
        }
        Diagnostics.Error(Ids.Invalid, At(node!), $"'{name}' is not a valid date: '{text}'",
            "write the date as YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS+HH:MM with its offset");
        return null;
    }

    public void Invalid(YamlNode node, string message, string hint) => Diagnostics.Error(Ids.Invalid, At(node), message, hint);

    private string? ScalarText(YamlNode? node, string name, string expected)
    {
        switch (node)
        {
            case null or YamlScalar { IsNull: true }:
                return null;
            case YamlScalar scalar:
                return scalar.Value.Trim();
            default:
                WrongType(node, name, expected);
                return null;
        }
    }

    private void WrongType(YamlNode node, string name, string expected) =>
        Diagnostics.Error(Ids.WrongType, At(node), $"'{name}' must be {expected}, not {node.Describe()}",
            $"write '{name}' as {expected}");
}
