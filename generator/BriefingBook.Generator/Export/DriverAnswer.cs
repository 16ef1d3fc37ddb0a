using System.Text.Json;

namespace BriefingBook.Generator.Export;

/// <summary>The one line of JSON the engine's driver prints: the page count and what it refused, or an error.</summary>
internal sealed record DriverAnswer(int Pages, string? Error, IReadOnlyList<string> Refused, IReadOnlyList<string> Warnings)
{
    internal static DriverAnswer Parse(string standardOutput)
    {
        var line = standardOutput
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(text => text.StartsWith('{'));
        if (line is null)
        {
            return new DriverAnswer(0, null, [], []);
        }
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return new DriverAnswer(
                root.TryGetProperty("pages", out var pages) && pages.TryGetInt32(out var count) ? count : 0,
                root.TryGetProperty("error", out var error) ? error.GetString() : null,
                Strings(root, "refused"),
                Strings(root, "warnings"));
        }
        catch (JsonException)
        {
            return new DriverAnswer(0, null, [], []);
        }
    }

    private static string[] Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(item => item.GetString() ?? "")]
            : [];
}
