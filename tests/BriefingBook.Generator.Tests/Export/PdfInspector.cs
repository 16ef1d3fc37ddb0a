using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriefingBook.Generator.Tests.Export;

/// <summary>Reads a PDF the way a reviewer would, through poppler-utils and qpdf: text per page, outline, fonts, metadata, destinations.</summary>
internal sealed partial class PdfInspector
{
    private static readonly string[] Tools = ["pdftotext", "pdfinfo", "pdffonts", "qpdf"];

    private readonly string _path;
    private readonly Lazy<IReadOnlyList<string>> _pages;
    private readonly Lazy<JsonDocument> _json;

    public PdfInspector(string path)
    {
        _path = path;
        _pages = new(() => Run("pdftotext", "-layout", "-enc", "UTF-8", _path, "-").Split('\f')[..^1]);
        _json = new(() => JsonDocument.Parse(Run("qpdf", "--json", _path)));
    }

    /// <summary>The tools this inspector needs that the PATH lacks.</summary>
    public static IReadOnlyList<string> MissingTools() =>
        [.. Tools.Where(tool => !(Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator).Any(folder => File.Exists(Path.Combine(folder, tool))))];

    /// <summary>The text of each page, laid out as printed; index 0 is page 1.</summary>
    public IReadOnlyList<string> Pages => _pages.Value;

    /// <summary>Page <paramref name="number"/>'s text with words joined across lines and hyphenation undone, for searching.</summary>
    public string FlatText(int number) => Flatten(Pages[number - 1]);

    /// <summary>The text of one column of a page: the left or the right half.</summary>
    public string ColumnText(int number, bool left)
    {
        var (width, height) = PageSize(number);
        var half = (int)Math.Ceiling(width / 2);
        return Run("pdftotext", "-layout", "-enc", "UTF-8", "-f", $"{number}", "-l", $"{number}",
            "-x", left ? "0" : $"{half}", "-y", "0", "-W", $"{half}", "-H", $"{(int)Math.Ceiling(height)}", _path, "-");
    }

    /// <summary>The pdfinfo fields (Title, Author, Subject, Keywords, Pages, Page size...).</summary>
    public IReadOnlyDictionary<string, string> Info()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Run("pdfinfo", "-enc", "UTF-8", _path).Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }
        return fields;
    }

    /// <summary>The fonts pdffonts lists, each with whether it is embedded.</summary>
    public IReadOnlyList<(string Name, bool Embedded)> Fonts() =>
        [.. Run("pdffonts", _path).Split('\n').Skip(2).Where(line => line.Trim().Length > 0).Select(ParseFontLine)];

    /// <summary>The document language the catalog declares (/Lang), or null.</summary>
    public string? Language =>
        Catalog.TryGetProperty("/Lang", out var lang) ? DecodeString(lang.GetString()!) : null;

    /// <summary>Every outline (bookmark) entry, depth first, with its level (1 = top) and the page it opens.</summary>
    public IReadOnlyList<(int Level, string Title, int Page)> Outline()
    {
        var entries = new List<(int, string, int)>();
        void Walk(JsonElement items, int level)
        {
            foreach (var item in items.EnumerateArray())
            {
                entries.Add((level, item.GetProperty("title").GetString()!, item.GetProperty("destpageposfrom1").GetInt32()));
                Walk(item.GetProperty("kids"), level + 1);
            }
        }
        Walk(_json.Value.RootElement.GetProperty("outlines"), 1);
        return entries;
    }

    /// <summary>The page each named destination (an element id of the print document) leads to.</summary>
    public IReadOnlyDictionary<string, int> Destinations()
    {
        var pageNumbers = _json.Value.RootElement.GetProperty("pages").EnumerateArray()
            .Select((page, index) => (page.GetProperty("object").GetString()!, index + 1))
            .ToDictionary(pair => pair.Item1, pair => pair.Item2);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!Catalog.TryGetProperty("/Names", out var names) || !Resolve(names).TryGetProperty("/Dests", out var tree))
        {
            return result;
        }
        void Walk(JsonElement node)
        {
            node = Resolve(node);
            if (node.TryGetProperty("/Names", out var pairs))
            {
                var items = pairs.EnumerateArray().ToList();
                for (var i = 0; i + 1 < items.Count; i += 2)
                {
                    var destination = Resolve(items[i + 1]);
                    if (destination.ValueKind == JsonValueKind.Object)
                    {
                        destination = Resolve(destination.GetProperty("/D"));
                    }
                    result[DecodeString(items[i].GetString()!)] = pageNumbers[destination[0].GetString()!];
                }
            }
            if (node.TryGetProperty("/Kids", out var kids))
            {
                foreach (var kid in kids.EnumerateArray())
                {
                    Walk(kid);
                }
            }
        }
        Walk(tree);
        return result;
    }

    /// <summary>Link annotations of page <paramref name="number"/>: internal ones carry a destination, external ones a URI.</summary>
    public IReadOnlyList<(string? Destination, string? Uri)> Links(int number)
    {
        var page = Resolve(_json.Value.RootElement.GetProperty("pages")[number - 1].GetProperty("object"));
        var links = new List<(string?, string?)>();
        if (!page.TryGetProperty("/Annots", out var annotations))
        {
            return links;
        }
        foreach (var reference in Resolve(annotations).EnumerateArray())
        {
            var annotation = Resolve(reference);
            if (annotation.GetProperty("/Subtype").GetString() != "/Link")
            {
                continue;
            }
            string? destination = annotation.TryGetProperty("/Dest", out var dest) && dest.ValueKind == JsonValueKind.String
                ? DecodeString(dest.GetString()!) : null;
            if (destination is null && annotation.TryGetProperty("/Dest", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                destination = "#page";
            }
            string? uri = annotation.TryGetProperty("/A", out var action) && Resolve(action).TryGetProperty("/URI", out var target)
                ? DecodeString(target.GetString()!) : null;
            links.Add((destination, uri));
        }
        return links;
    }

    /// <summary>Names of the files attached to the PDF.</summary>
    public IReadOnlyList<string> Attachments() =>
        [.. _json.Value.RootElement.GetProperty("attachments").EnumerateObject().Select(item => item.Name)];

    /// <summary>Joins a text's lines into one line of single spaces, undoing the engine's hyphenation.</summary>
    public static string Flatten(string text)
    {
        var joined = HyphenBreak().Replace(text, "");
        return Whitespace().Replace(joined, " ").Trim();
    }

    private (double Width, double Height) PageSize(int number)
    {
        var output = Run("pdfinfo", "-f", $"{number}", "-l", $"{number}", _path);
        var match = PageSizeLine().Match(output);
        return (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    private JsonElement Catalog
    {
        get
        {
            var root = _json.Value.RootElement.GetProperty("qpdf")[1];
            var rootReference = root.GetProperty("trailer").GetProperty("value").GetProperty("/Root").GetString()!;
            return root.GetProperty("obj:" + rootReference).GetProperty("value");
        }
    }

    private JsonElement Resolve(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text && text.EndsWith(" R", StringComparison.Ordinal))
        {
            var objects = _json.Value.RootElement.GetProperty("qpdf")[1];
            if (objects.TryGetProperty("obj:" + text, out var target))
            {
                var inner = target.GetProperty("value");
                return inner.ValueKind == JsonValueKind.Undefined ? target : inner;
            }
        }
        return value;
    }

    private static string DecodeString(string value) => value switch
    {
        _ when value.StartsWith("u:", StringComparison.Ordinal) => value[2..],
        _ when value.StartsWith("b:", StringComparison.Ordinal) => Encoding.UTF8.GetString(Convert.FromHexString(value[2..])),
        _ => value,
    };

    private static (string Name, bool Embedded) ParseFontLine(string line)
    {
        // Columns: name, type (may contain spaces), encoding, emb, sub, uni, object, generation.
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (words[0], words[^5] == "yes");
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors.Result}");
        }
        return output;
    }

    [GeneratedRegex(@"[\u2010-]\n\s*(?=\p{Ll})")]
    private static partial Regex HyphenBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Page\s+\d*\s*size:\s+([\d.]+) x ([\d.]+)")]
    private static partial Regex PageSizeLine();
}
