using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Yaml;

namespace BriefingBook.Generator.Parse;

/// <summary>Reads <c>content/chronology.yml</c>: a list of dated events with a text per language.</summary>
public static class ChronologyParser
{
    public static List<Event> Parse(ContentFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var events = new List<Event>();
        var reader = new YamlValueReader(diagnostics, file.Path, LoadDiagnosticIds.Yaml);
        var root = reader.Parse(file.Text, 0, out var failed);
        if (failed || root is null)
        {
            return events;
        }
        if (root is not YamlSequence list)
        {
            diagnostics.Error(LoadDiagnosticIds.WrongType, reader.At(root), $"the chronology must be a list of events, not {root.Describe()}",
                "start each event with '- date: YYYY-MM-DD'");
            return events;
        }
        var languages = config.Languages.Select(l => l.Code).ToList();
        var known = new[] { "date", "articles" }.Concat(languages).ToList();
        foreach (var item in list.Items)
        {
            if (item is not YamlMapping mapping)
            {
                diagnostics.Error(LoadDiagnosticIds.WrongType, reader.At(item), $"an event must be a mapping, not {item.Describe()}",
                    "write 'date:', one line per language and 'articles:'");
                continue;
            }
            var errors = diagnostics.ErrorCount;
            reader.CheckKnownKeys(mapping, known, "in an event");
            var dateText = reader.RequiredString(mapping, "date", "in the event", reader.At(mapping));
            PartialDate date = default;
            if (dateText is not null && !PartialDate.TryParse(dateText, out date))
            {
                reader.Invalid(mapping["date"]!, $"'{dateText}' is not a chronology date", "write YYYY-MM-DD, YYYY-MM or YYYY");
            }
            var text = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var language in languages)
            {
                if (reader.RequiredString(mapping, language, "in the event", reader.At(mapping)) is { } value)
                {
                    text[language] = value;
                }
            }
            var articles = reader.StringList(mapping["articles"], "articles");
            if (diagnostics.ErrorCount > errors)
            {
                continue;
            }
            events.Add(new Event
            {
                Date = date,
                Text = text,
                Articles = articles,
                Location = reader.At(mapping),
                ArticlesLocation = mapping["articles"] is { } node ? reader.At(node) : reader.At(mapping),
            });
        }
        return events.OrderBy(e => e.Date).ThenBy(e => e.Location.Line).ToList();
    }
}
