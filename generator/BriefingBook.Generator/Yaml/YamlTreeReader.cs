using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingBook.Generator.Yaml;

/// <summary>
/// Reads one YAML document into a <see cref="YamlNode"/> tree with file positions, from the parser's
/// event stream. Nesting deeper than <see cref="MaxDepth"/> and alias expansion beyond
/// <see cref="MaxNodes"/> are refused while reading, before they can exhaust the stack or memory.
/// </summary>
public sealed class YamlTreeReader
{
    public const int MaxDepth = 64;
    public const long MaxNodes = 100_000;

    private const string SyntaxHint = "check the indentation, the colons after keys, and quote values that contain ': ' or start with a special character";

    private readonly int _lineOffset;
    private int _lastLine = 1;
    private int _lastColumn = 1;
    private readonly Dictionary<string, (YamlNode Node, long Weight)> _anchors = new(StringComparer.Ordinal);
    private IParser _parser = null!;
    private long _expanded;

    private YamlTreeReader(int lineOffset) => _lineOffset = lineOffset;

    /// <summary>Reads <paramref name="text"/>, whose first line is line <paramref name="lineOffset"/> + 1 of its file.</summary>
    /// <returns>The root node (null for an empty document), or the problem that stopped the reading.</returns>
    public static (YamlNode? Root, YamlProblem? Problem) Read(string text, int lineOffset = 0)
    {
        var reader = new YamlTreeReader(lineOffset);
        try
        {
            return (reader.ReadDocument(text), null);
        }
        catch (YamlAbort abort)
        {
            return (null, abort.Problem);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            message = System.Text.RegularExpressions.Regex.Replace(message, @"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", "");
            var (line, column) = ((int)e.Start.Line, (int)e.Start.Column);
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndentedLine(text) is { } tabLine)
            {
                // The scanner places this error at the start of the mapping; the tab itself is more useful.
                (line, column, message) = (tabLine, 1, "a tab is used for indentation");
            }
            return (null, new YamlProblem(YamlProblemKind.Syntax, line + lineOffset, column,
                $"invalid YAML: {message}", message.StartsWith("a tab", StringComparison.Ordinal) ? "indent with spaces, never tabs" : SyntaxHint));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The scanner fails with these on some malformed input (an unclosed flow list, for one): report them like syntax errors.
            return (null, new YamlProblem(YamlProblemKind.Syntax, reader._lastLine + lineOffset, reader._lastColumn,
                "invalid YAML after this point", "check for an unclosed '[', '{' or quote; " + SyntaxHint));
        }
    }

    private YamlNode? ReadDocument(string text)
    {
        _parser = new Parser(new StringReader(text));
        _parser.MoveNext();
        _parser.MoveNext();
        if (_parser.Current is StreamEnd)
        {
            return null;
        }
        _parser.MoveNext();
        var root = ReadNode(0).Node;
        if (_parser.Current is not DocumentEnd)
        {
            throw Abort(YamlProblemKind.Syntax, _parser.Current!, "invalid YAML: unexpected content after the document", "remove it");
        }
        _parser.MoveNext();
        if (_parser.Current is DocumentStart)
        {
            throw Abort(YamlProblemKind.Syntax, _parser.Current, "only one YAML document is allowed here", "remove the second '---' and what follows it");
        }
        return root is YamlScalar { IsNull: true } ? null : root;
    }

    private static int? FirstTabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i][..(lines[i].Length - lines[i].TrimStart(' ', '\t').Length)];
            if (indentation.Contains('\t'))
            {
                return i + 1;
            }
        }
        return null;
    }

    private (YamlNode Node, long Weight) ReadNode(int depth)
    {
        var current = _parser.Current!;
        _lastLine = (int)current.Start.Line;
        _lastColumn = (int)current.Start.Column;
        switch (current)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw Abort(YamlProblemKind.Syntax, alias, $"the alias '*{alias.Value.Value}' names no anchor defined before it", "define '&name' on a value before using '*name'");
                }
                Count(alias, target.Weight);
                return target;
            case Scalar scalar:
                _parser.MoveNext();
                Count(scalar, 1);
                var node = new YamlScalar(Line(scalar), Column(scalar), scalar.Value,
                    scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty, scalar.Tag.IsEmpty ? null : scalar.Tag.Value);
                return Anchor(scalar.Anchor, node, 1);
            case SequenceStart start:
                return ReadSequence(start, depth + 1);
            case MappingStart start:
                return ReadMapping(start, depth + 1);
            default:
                throw Abort(YamlProblemKind.Syntax, current, "invalid YAML: unexpected " + current.GetType().Name, "check the document's structure");
        }
    }

    private (YamlNode, long) ReadSequence(SequenceStart start, int depth)
    {
        CheckDepth(start, depth);
        _parser.MoveNext();
        Count(start, 1);
        var items = new List<YamlNode>();
        long weight = 1;
        while (_parser.Current is not SequenceEnd)
        {
            var (item, itemWeight) = ReadNode(depth);
            items.Add(item);
            weight += itemWeight;
        }
        _parser.MoveNext();
        return Anchor(start.Anchor, new YamlSequence(Line(start), Column(start), items), weight);
    }

    private (YamlNode, long) ReadMapping(MappingStart start, int depth)
    {
        CheckDepth(start, depth);
        _parser.MoveNext();
        Count(start, 1);
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        long weight = 1;
        while (_parser.Current is not MappingEnd)
        {
            var keyEvent = _parser.Current!;
            var (keyNode, _) = ReadNode(depth);
            if (keyNode is not YamlScalar key)
            {
                throw Abort(YamlProblemKind.UnsupportedKey, keyEvent, "a key must be a plain text, not " + keyNode.Describe(), "write keys as simple words such as 'title:'");
            }
            if (seen.TryGetValue(key.Value, out var first))
            {
                throw new YamlAbort(new YamlProblem(YamlProblemKind.DuplicateKey, key.Line, key.Column,
                    $"the key '{key.Value}' appears twice in the same mapping (first at line {first.Line})", "keep one of the two, or merge their values"));
            }
            seen.Add(key.Value, key);
            var (value, valueWeight) = ReadNode(depth);
            entries.Add(new(key, value));
            weight += valueWeight + 1;
        }
        _parser.MoveNext();
        return Anchor(start.Anchor, new YamlMapping(Line(start), Column(start), entries), weight);
    }

    private (YamlNode, long) Anchor(AnchorName anchor, YamlNode node, long weight)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = (node, weight);
        }
        return (node, weight);
    }

    private void CheckDepth(ParsingEvent at, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Abort(YamlProblemKind.TooDeep, at, $"the YAML nests lists and mappings more than {MaxDepth} levels deep",
                "flatten the structure: front matter and settings never need this depth");
        }
    }

    private void Count(ParsingEvent at, long weight)
    {
        _expanded += weight;
        if (_expanded > MaxNodes)
        {
            throw Abort(YamlProblemKind.TooLarge, at, $"the YAML expands to more than {MaxNodes} values (aliases included)",
                "write the values out instead of repeating aliases ('*name') of large anchors");
        }
    }

    private int Line(ParsingEvent e) => (int)e.Start.Line + _lineOffset;

    private static int Column(ParsingEvent e) => (int)e.Start.Column;

    private YamlAbort Abort(YamlProblemKind kind, ParsingEvent at, string message, string hint) =>
        new(new YamlProblem(kind, Line(at), Column(at), message, hint));

    private sealed class YamlAbort(YamlProblem problem) : Exception(problem.Message)
    {
        public YamlProblem Problem { get; } = problem;
    }
}
