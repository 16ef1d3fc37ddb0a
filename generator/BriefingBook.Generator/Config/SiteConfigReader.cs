using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Yaml;

namespace BriefingBook.Generator.Config;

/// <summary>Reads site.yml into a <see cref="SiteConfig"/>, reporting unknown keys and wrong types with their position.</summary>
public static partial class SiteConfigReader
{
    private static readonly string[] TopKeys =
        ["title", "subtitle", "description", "languages", "base_url", "output", "templates", "markdown", "glossary", "checks", "tag_names", "pdf"];

    private static readonly string[] MarkdownKeys = ["allow_html", "smart_punctuation"];
    private static readonly string[] GlossaryKeys = ["link"];
    private static readonly string[] ChecksKeys = ["missing_translation", "broken_reference"];
    private static readonly string[] PdfKeys = ["enabled", "paper", "file_names", "missing_engine"];
    private static readonly string[] LanguageKeys = ["code", "culture"];

    /// <summary>Reads <paramref name="configFile"/>; null when it has errors (all reported).</summary>
    public static SiteConfig? Read(string configFile, DiagnosticBag diagnostics)
    {
        var fullPath = System.IO.Path.GetFullPath(configFile);
        var root = System.IO.Path.GetDirectoryName(fullPath)!;
        var displayPath = System.IO.Path.GetFileName(fullPath);
        if (!File.Exists(fullPath))
        {
            diagnostics.Error(ConfigDiagnosticIds.FileMissing, new SourceLocation(configFile), "the settings file was not found",
                "run the command from the book's folder, or pass --config path/to/site.yml");
            return null;
        }
        var errorsBefore = diagnostics.ErrorCount;
        var reader = new YamlValueReader(diagnostics, displayPath, ConfigDiagnosticIds.Yaml);
        var node = reader.Parse(File.ReadAllText(fullPath), 0, out var failed);
        if (failed)
        {
            return null;
        }
        var file = new SourceLocation(displayPath, 1, 1);
        var top = node as YamlMapping;
        if (top is null)
        {
            diagnostics.Error(ConfigDiagnosticIds.WrongType, file, "site.yml must be a mapping of settings",
                "start with 'title:' and 'languages:' lines, see README.md");
            return null;
        }
        reader.CheckKnownKeys(top, TopKeys, "in site.yml");

        var codes = ReadLanguages(reader, top, file);
        var titles = ReadLocalized(reader, top, "title", codes, required: true, file);
        var subtitles = ReadLocalized(reader, top, "subtitle", codes, required: false, file);
        var descriptions = ReadLocalized(reader, top, "description", codes, required: false, file);
        var languages = codes
            .Select(c => new LanguageConfig(c.Code, c.Culture, titles.GetValueOrDefault(c.Code, ""), subtitles.GetValueOrDefault(c.Code),
                descriptions.GetValueOrDefault(c.Code)))
            .ToList();

        var config = new SiteConfig
        {
            ProjectRoot = root,
            ConfigPath = displayPath,
            Languages = languages,
            BaseUrl = ReadBaseUrl(reader, top),
            OutputFolder = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, reader.String(top["output"], "output") ?? "public")),
            ContentFolder = System.IO.Path.Combine(root, "content"),
            TemplateFolders = ReadTemplateFolders(reader, top, root),
            Markdown = ReadMarkdown(reader, top),
            Glossary = ReadGlossary(reader, top),
            Checks = ReadChecks(reader, top),
            TagNames = ReadTagNames(reader, top, codes.Select(c => c.Code).ToList()),
            Pdf = ReadPdf(reader, top, codes.Select(c => c.Code).ToList()),
        };
        return diagnostics.ErrorCount > errorsBefore ? null : config;
    }

    private static List<(string Code, CultureInfo Culture)> ReadLanguages(YamlValueReader reader, YamlMapping top, SourceLocation file)
    {
        var result = new List<(string, CultureInfo)>();
        var node = top["languages"];
        if (node is not YamlSequence { Items.Count: > 0 } sequence)
        {
            if (node is null or YamlScalar { IsNull: true })
            {
                reader.Diagnostics.Error(ConfigDiagnosticIds.Missing, node is null ? file : reader.At(node), "'languages' is missing in site.yml",
                    "add 'languages: [fr, en]': the first language is the default");
            }
            else
            {
                reader.Diagnostics.Error(ConfigDiagnosticIds.WrongType, reader.At(node), $"'languages' must be a list, not {node.Describe()}",
                    "write 'languages: [fr, en]'");
            }
            return result;
        }
        foreach (var item in sequence.Items)
        {
            string? code;
            string? cultureName = null;
            if (item is YamlMapping mapping)
            {
                reader.CheckKnownKeys(mapping, LanguageKeys, "in a language");
                code = reader.RequiredString(mapping, "code", "in this language", reader.At(mapping));
                cultureName = reader.String(mapping["culture"], "culture");
            }
            else
            {
                code = reader.String(item, "languages item");
            }
            if (code is null)
            {
                continue;
            }
            if (!LanguageCode().IsMatch(code))
            {
                reader.Invalid(item, $"'{code}' is not a language code", "use a code such as 'fr' or 'en' (lower-case letters)");
                continue;
            }
            if (result.Exists(l => l.Item1 == code))
            {
                reader.Invalid(item, $"the language '{code}' is listed twice", "list each language once");
                continue;
            }
            CultureInfo culture;
            try
            {
                culture = CultureInfo.GetCultureInfo(cultureName ?? code, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                reader.Invalid(item, $"the culture '{cultureName ?? code}' is unknown", "use a culture name such as 'fr-FR' or 'en-GB'");
                continue;
            }
            result.Add((code, culture));
        }
        return result;
    }

    private static Dictionary<string, string> ReadLocalized(YamlValueReader reader, YamlMapping top, string key,
        List<(string Code, CultureInfo Culture)> languages, bool required, SourceLocation file)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var node = top[key];
        if (node is YamlScalar { IsNull: false } scalar)
        {
            foreach (var (code, _) in languages)
            {
                result[code] = scalar.Value;
            }
            return result;
        }
        if (node is YamlMapping mapping)
        {
            reader.CheckKnownKeys(mapping, languages.Select(l => l.Code).ToList(), $"in '{key}' (one text per language of 'languages')");
            foreach (var (code, _) in languages)
            {
                if (reader.String(mapping[code], $"{key}.{code}") is { Length: > 0 } text)
                {
                    result[code] = text;
                }
                else if (required)
                {
                    reader.Diagnostics.Error(ConfigDiagnosticIds.Missing, reader.At(mapping), $"'{key}' has no text for the language '{code}'",
                        $"add '{code}: ...' under '{key}:'");
                }
            }
            return result;
        }
        if (node is not null and not YamlScalar)
        {
            reader.Diagnostics.Error(ConfigDiagnosticIds.WrongType, reader.At(node), $"'{key}' must be a text or one text per language, not {node.Describe()}",
                $"write '{key}:' followed by 'fr: ...' and 'en: ...' lines");
        }
        else if (required)
        {
            reader.Diagnostics.Error(ConfigDiagnosticIds.Missing, node is null ? file : reader.At(node), $"'{key}' is missing in site.yml",
                $"add '{key}:' with one text per language");
        }
        return result;
    }

    private static string? ReadBaseUrl(YamlValueReader reader, YamlMapping top)
    {
        var node = top["base_url"];
        var text = reader.String(node, "base_url");
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            reader.Invalid(node!, $"'base_url' is not an absolute http(s) URL: '{text}'",
                "write it as https://example.org/book/, or remove it: the site works without one");
            return null;
        }
        return text.EndsWith('/') ? text : text + "/";
    }

    private static List<string> ReadTemplateFolders(YamlValueReader reader, YamlMapping top, string root)
    {
        var node = top["templates"];
        var names = node is YamlScalar { IsNull: false } single ? [single.Value] : reader.StringList(node, "templates");
        if (names.Count == 0)
        {
            names = ["templates"];
        }
        var folders = new List<string>();
        foreach (var name in names)
        {
            var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, name));
            if (!full.StartsWith(root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                reader.Invalid(node!, $"the template folder '{name}' is outside the book's folder", "keep templates inside the book's folder");
                continue;
            }
            folders.Add(full);
        }
        return folders;
    }

    private static MarkdownConfig ReadMarkdown(YamlValueReader reader, YamlMapping top)
    {
        var section = reader.Mapping(top["markdown"], "markdown");
        if (section is null)
        {
            return new MarkdownConfig();
        }
        reader.CheckKnownKeys(section, MarkdownKeys, "in 'markdown'");
        return new MarkdownConfig(
            reader.Bool(section["allow_html"], "allow_html") ?? false,
            reader.Bool(section["smart_punctuation"], "smart_punctuation") ?? true);
    }

    private static GlossaryConfig ReadGlossary(YamlValueReader reader, YamlMapping top)
    {
        var section = reader.Mapping(top["glossary"], "glossary");
        if (section is null)
        {
            return new GlossaryConfig();
        }
        reader.CheckKnownKeys(section, GlossaryKeys, "in 'glossary'");
        var modes = new Dictionary<string, GlossaryLinkMode>
        {
            ["first_per_article"] = GlossaryLinkMode.FirstPerArticle,
            ["first_per_section"] = GlossaryLinkMode.FirstPerSection,
            ["all"] = GlossaryLinkMode.All,
            ["none"] = GlossaryLinkMode.None,
        };
        return new GlossaryConfig(ReadChoice(reader, section["link"], "link", modes, GlossaryLinkMode.FirstPerArticle));
    }

    private static ChecksConfig ReadChecks(YamlValueReader reader, YamlMapping top)
    {
        var section = reader.Mapping(top["checks"], "checks");
        if (section is null)
        {
            return new ChecksConfig();
        }
        reader.CheckKnownKeys(section, ChecksKeys, "in 'checks'");
        var severities = new Dictionary<string, DiagnosticSeverity>
        {
            ["error"] = DiagnosticSeverity.Error,
            ["warning"] = DiagnosticSeverity.Warning,
            ["ignore"] = DiagnosticSeverity.Ignore,
        };
        return new ChecksConfig(
            ReadChoice(reader, section["missing_translation"], "missing_translation", severities, DiagnosticSeverity.Warning),
            ReadChoice(reader, section["broken_reference"], "broken_reference", severities, DiagnosticSeverity.Error));
    }

    private static PdfConfig ReadPdf(YamlValueReader reader, YamlMapping top, List<string> codes)
    {
        if (reader.Mapping(top["pdf"], "pdf") is not { } section)
        {
            return new PdfConfig();
        }
        reader.CheckKnownKeys(section, PdfKeys, "in 'pdf'");
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.Mapping(section["file_names"], "file_names") is { } mapping)
        {
            reader.CheckKnownKeys(mapping, codes, "in 'pdf.file_names' (one file name per language)");
            foreach (var (code, value) in mapping.Entries)
            {
                if (reader.String(value, $"file_names.{code.Value}") is not { } name)
                {
                    continue;
                }
                // A plain file name at the top of the output: nothing else may be overwritten by the PDF step.
                if (!PdfFileName().IsMatch(name))
                {
                    reader.Invalid(value, $"'{name}' is not a plain PDF file name",
                        "use letters, digits, dots, hyphens and underscores, ending with .pdf (no folders)");
                    continue;
                }
                names[code.Value] = name;
            }
        }
        var papers = new Dictionary<string, Export.PaperSize> { ["a4"] = Export.PaperSize.A4, ["letter"] = Export.PaperSize.Letter };
        var severities = new Dictionary<string, DiagnosticSeverity> { ["warning"] = DiagnosticSeverity.Warning, ["error"] = DiagnosticSeverity.Error };
        return new PdfConfig
        {
            Enabled = reader.Bool(section["enabled"], "enabled") ?? true,
            Paper = ReadChoice(reader, section["paper"], "paper", papers, Export.PaperSize.A4),
            FileNames = names,
            MissingEngine = ReadChoice(reader, section["missing_engine"], "missing_engine", severities, DiagnosticSeverity.Warning),
        };
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> ReadTagNames(YamlValueReader reader, YamlMapping top, List<string> codes)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (reader.Mapping(top["tag_names"], "tag_names") is not { } section)
        {
            return result;
        }
        reader.CheckKnownKeys(section, codes, "in 'tag_names' (one mapping per language)");
        foreach (var code in codes)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            if (reader.Mapping(section[code], $"tag_names.{code}") is { } mapping)
            {
                foreach (var (slug, value) in mapping.Entries)
                {
                    if (reader.String(value, $"tag_names.{code}.{slug.Value}") is { } name)
                    {
                        names[slug.Value] = name;
                    }
                }
            }
            result[code] = names;
        }
        return result;
    }

    private static T ReadChoice<T>(YamlValueReader reader, YamlNode? node, string name, Dictionary<string, T> choices, T fallback)
    {
        var text = reader.String(node, name);
        if (text is null)
        {
            return fallback;
        }
        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }
        var suggestion = DidYouMean.Find(text, choices.Keys);
        reader.Invalid(node!, $"'{name}' cannot be '{text}'",
            (suggestion is not null ? $"did you mean '{suggestion}'? " : "") + $"choose one of: {string.Join(", ", choices.Keys)}");
        return fallback;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]*\.pdf$")]
    private static partial Regex PdfFileName();

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();
}
