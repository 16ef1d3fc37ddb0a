using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Yaml;

namespace BriefingBook.Generator.Parse;

/// <summary>Reads a glossary or who's who entry's front matter into an <see cref="Entry"/>.</summary>
public static class EntryParser
{
    public static readonly string[] KnownKeys =
        ["name", "expansion", "aliases", "definition", "category", "see_also", "sort_as", "index_as", "match_case"];

    public static readonly string[] GlossaryCategories = ["organisation", "treaty", "concept", "programme", "event", "place"];

    public static Entry? Parse(ContentFile file, DiagnosticBag diagnostics)
    {
        var reader = new YamlValueReader(diagnostics, file.Path, LoadDiagnosticIds.Yaml);
        var split = FrontMatter.Split(file.Text, out var problem);
        if (split is null)
        {
            diagnostics.Error(LoadDiagnosticIds.FrontMatter, new SourceLocation(file.Path, 1, 1), problem!,
                "start the file with '---', the entry's keys (name, definition...), then '---'");
            return null;
        }
        var root = reader.Parse(split.Yaml, split.YamlLineOffset, out var failed);
        if (failed)
        {
            return null;
        }
        if (root is not YamlMapping front)
        {
            diagnostics.Error(LoadDiagnosticIds.WrongType, new SourceLocation(file.Path, 2, 1), "the front matter must be a mapping of keys",
                "write 'name: ...' and 'definition: ...' lines");
            return null;
        }
        var errors = diagnostics.ErrorCount;
        reader.CheckKnownKeys(front, KnownKeys, "in an entry");
        var fallback = new SourceLocation(file.Path, 2, 1);
        var name = reader.RequiredString(front, "name", "in the entry", fallback);
        var definition = reader.RequiredString(front, "definition", "in the entry", fallback);
        var kind = file.Kind == ContentFileKind.Person ? EntryKind.Person : EntryKind.Glossary;
        var category = reader.String(front["category"], "category");
        if (kind == EntryKind.Glossary && category is not null && !GlossaryCategories.Contains(category))
        {
            var suggestion = DidYouMean.Find(category, GlossaryCategories);
            reader.Invalid(front["category"]!, $"'{category}' is not a glossary category",
                (suggestion is null ? "" : $"did you mean '{suggestion}'? ") + "choose one of: " + string.Join(", ", GlossaryCategories));
        }
        var seeAlso = reader.StringList(front["see_also"], "see_also");
        var seeAlsoLocations = front["see_also"] is YamlSequence s
            ? s.Items.Select(reader.At).ToList()
            : seeAlso.Select(_ => reader.At(front["see_also"]!)).ToList();
        var entry = new Entry
        {
            Kind = kind,
            Language = file.Language!,
            Key = file.Key,
            SourcePath = file.Path,
            Location = new SourceLocation(file.Path, 1, 1),
            Name = name ?? "",
            Expansion = reader.String(front["expansion"], "expansion"),
            Aliases = reader.StringList(front["aliases"], "aliases"),
            Definition = definition ?? "",
            Category = category,
            SeeAlso = seeAlso,
            SeeAlsoLocations = seeAlsoLocations,
            SortAs = reader.String(front["sort_as"], "sort_as"),
            IndexAs = reader.String(front["index_as"], "index_as"),
            MatchCase = reader.Bool(front["match_case"], "match_case") ?? false,
            Markdown = split.Body,
            BodyLine = split.BodyLine,
        };
        return diagnostics.ErrorCount > errors ? null : entry;
    }
}
