using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Yaml;

namespace BriefingBook.Generator.Parse;

/// <summary>Reads the front matter of a home page, article or standalone page into a <see cref="Page"/>.</summary>
public static class PageParser
{
    private static readonly string[] SourceKeys = ["title", "outlet", "author", "note"];

    /// <summary>The front matter keys the generator reads; any other key goes to <see cref="Page.Params"/>.</summary>
    public static readonly string[] KnownKeys =
    [
        "title", "summary", "date", "updated", "authors", "tags", "order", "draft", "translation_key", "slug", "source",
        "key_points", "layout", "link_entries", "events",
    ];

    public static Page? Parse(ContentFile file, DiagnosticBag diagnostics)
    {
        var reader = new YamlValueReader(diagnostics, file.Path, LoadDiagnosticIds.Yaml);
        var fileStart = new SourceLocation(file.Path, 1, 1);
        var split = FrontMatter.Split(file.Text, out var problem);
        if (split is null)
        {
            diagnostics.Error(LoadDiagnosticIds.FrontMatter, fileStart, problem!,
                "start the file with '---', the front matter lines (at least 'title: ...'), then '---'");
            return null;
        }
        var root = reader.Parse(split.Yaml, split.YamlLineOffset, out var failed);
        if (failed)
        {
            return null;
        }
        var front = root as YamlMapping;
        if (front is null && root is not null)
        {
            diagnostics.Error(LoadDiagnosticIds.WrongType, reader.At(root), $"the front matter must be a mapping of keys, not {root.Describe()}",
                "write one 'key: value' per line, starting with 'title: ...'");
            return null;
        }
        front ??= new YamlMapping(2, 1, []);
        var errors = diagnostics.ErrorCount;
        var title = reader.RequiredString(front, "title", "in the front matter", new SourceLocation(file.Path, 2, 1));
        var slug = Name(reader, front, "slug") ?? file.Key;
        var translationKey = Name(reader, front, "translation_key") ?? file.Key;
        var tags = reader.StringList(front["tags"], "tags");
        if (front["tags"] is YamlSequence tagNodes)
        {
            foreach (var (tag, node) in tags.Zip(tagNodes.Items))
            {
                if (!ContentName.IsValid(tag))
                {
                    diagnostics.Error(LoadDiagnosticIds.UnsafeName, reader.At(node), $"the tag '{tag}' is not a valid tag slug", ContentName.Rule);
                }
            }
        }
        var page = new Page
        {
            Kind = file.Kind switch
            {
                ContentFileKind.Home => PageKind.Home,
                ContentFileKind.Article => PageKind.Article,
                _ => PageKind.Standalone,
            },
            Language = file.Language!,
            Key = file.Key,
            SourcePath = file.Path,
            Location = fileStart,
            Title = title ?? "",
            Slug = slug,
            TranslationKey = translationKey,
            Summary = reader.String(front["summary"], "summary"),
            Date = reader.Date(front["date"], "date"),
            Updated = reader.Date(front["updated"], "updated"),
            Authors = reader.StringList(front["authors"], "authors"),
            Tags = tags.Where(ContentName.IsValid).Distinct(StringComparer.Ordinal).ToList(),
            Order = reader.Int(front["order"], "order") ?? int.MaxValue,
            Draft = reader.Bool(front["draft"], "draft") ?? false,
            Layout = reader.String(front["layout"], "layout"),
            LayoutLocation = front["layout"] is { } layoutNode ? reader.At(layoutNode) : fileStart,
            LinkEntries = reader.Bool(front["link_entries"], "link_entries") ?? true,
            Source = ReadSource(reader, front["source"]),
            KeyPoints = reader.StringList(front["key_points"], "key_points"),
            Events = PageEventReader.Read(reader, front["events"]),
            Params = front.Entries.Where(e => !KnownKeys.Contains(e.Key.Value))
                .ToDictionary(e => e.Key.Value, e => e.Value, StringComparer.Ordinal),
            Markdown = split.Body,
            BodyLine = split.BodyLine,
        };
        return diagnostics.ErrorCount > errors ? null : page;
    }

    private static string? Name(YamlValueReader reader, YamlMapping front, string key)
    {
        var node = front[key];
        var value = reader.String(node, key);
        if (value is null)
        {
            return null;
        }
        if (!ContentName.IsValid(value))
        {
            reader.Diagnostics.Error(LoadDiagnosticIds.UnsafeName, reader.At(node!), $"'{key}' is not a valid name: '{value}'", ContentName.Rule);
            return null;
        }
        return value;
    }

    private static SourceReference? ReadSource(YamlValueReader reader, YamlNode? node)
    {
        var source = reader.Mapping(node, "source");
        if (source is null)
        {
            return null;
        }
        reader.CheckKnownKeys(source, SourceKeys, "in 'source'");
        return new SourceReference(
            reader.String(source["title"], "source.title"),
            reader.String(source["outlet"], "source.outlet"),
            reader.String(source["author"], "source.author"),
            reader.String(source["note"], "source.note"));
    }
}
