using BriefingBook.Generator.Load;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Yaml;

namespace BriefingBook.Generator.Parse;

/// <summary>Reads an article's <c>events:</c>, a list of <c>date</c> and <c>text</c> for the chronology of its language.</summary>
public static class PageEventReader
{
    private static readonly string[] Keys = ["date", "text"];

    public static IReadOnlyList<PageEvent> Read(YamlValueReader reader, YamlNode? node)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return [];
        }
        if (node is not YamlSequence list)
        {
            reader.Diagnostics.Error(LoadDiagnosticIds.WrongType, reader.At(node), $"'events' must be a list of events, not {node.Describe()}",
                "write one '- date: YYYY-MM-DD' line per event, then 'text: ...' below it");
            return [];
        }
        var events = new List<PageEvent>();
        foreach (var item in list.Items)
        {
            if (item is not YamlMapping mapping)
            {
                reader.Diagnostics.Error(LoadDiagnosticIds.WrongType, reader.At(item), $"an event must be a mapping, not {item.Describe()}",
                    "write 'date:' and 'text:' for each event");
                continue;
            }
            reader.CheckKnownKeys(mapping, Keys, "in an event");
            var dateText = reader.RequiredString(mapping, "date", "in the event", reader.At(mapping));
            var text = reader.RequiredString(mapping, "text", "in the event", reader.At(mapping));
            if (dateText is null || text is null)
            {
                continue;
            }
            if (!PartialDate.TryParse(dateText, out var date))
            {
                reader.Invalid(mapping["date"]!, $"'{dateText}' is not a chronology date", "write YYYY-MM-DD, YYYY-MM or YYYY");
                continue;
            }
            events.Add(new PageEvent(date, text, reader.At(mapping)));
        }
        return events;
    }
}
