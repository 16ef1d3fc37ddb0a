using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;
using BriefingBook.Generator.Yaml;

namespace BriefingBook.Generator.Render;

/// <summary>
/// The interface texts of each language, read from <c>i18n/LANG.yml</c> in the template folders, so
/// layouts hold no French or English. Every language must define the same keys.
/// </summary>
public sealed class UiStrings
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byLanguage = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> For(string language) => _byLanguage[language];

    public string Get(string language, string key, string fallback = "") =>
        _byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var value) ? value : fallback;

    public static UiStrings Load(SiteConfig config, TemplateLookup lookup, DiagnosticBag diagnostics)
    {
        var result = new UiStrings();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in config.Languages)
        {
            var name = $"i18n/{language.Code}.yml";
            var path = lookup.Find(name, null);
            if (path is null)
            {
                diagnostics.Error(RenderDiagnosticIds.UiStrings, new SourceLocation(config.ConfigPath),
                    $"no interface texts for the language '{language.Code}'", $"create {string.Join(" or ", lookup.Searched(name, null))}");
                result._byLanguage[language.Code] = new Dictionary<string, string>();
                continue;
            }
            var display = ContentLoader.Relative(config, path);
            files[language.Code] = display;
            result._byLanguage[language.Code] = Read(path, display, diagnostics);
        }
        var allKeys = result._byLanguage.Values.SelectMany(s => s.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var (language, strings) in result._byLanguage)
        {
            foreach (var key in allKeys.Where(k => !strings.ContainsKey(k)))
            {
                var other = result._byLanguage.First(s => s.Value.ContainsKey(key)).Key;
                diagnostics.Error(RenderDiagnosticIds.UiStrings, new SourceLocation(files.GetValueOrDefault(language, config.ConfigPath)),
                    $"the interface text '{key}' is missing in '{language}' (it is defined in '{other}')", $"add '{key}: ...'");
            }
        }
        return result;
    }

    private static Dictionary<string, string> Read(string path, string display, DiagnosticBag diagnostics)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new YamlValueReader(diagnostics, display, new YamlDiagnosticIds(RenderDiagnosticIds.UiStrings, RenderDiagnosticIds.UiStrings,
            RenderDiagnosticIds.UiStrings, RenderDiagnosticIds.UiStrings, RenderDiagnosticIds.UiStrings, RenderDiagnosticIds.UiStrings, RenderDiagnosticIds.UiStrings));
        var root = reader.Parse(File.ReadAllText(path), 0, out var failed);
        if (failed || root is null)
        {
            return strings;
        }
        if (reader.Mapping(root, "interface texts") is not { } mapping)
        {
            return strings;
        }
        foreach (var (key, value) in mapping.Entries)
        {
            if (reader.String(value, key.Value) is { } text)
            {
                strings[key.Value] = text;
            }
        }
        return strings;
    }
}
