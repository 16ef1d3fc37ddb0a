using System.Text;
using System.Text.Json;
using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Check;

/// <summary>
/// Writes a check's problems as JSON for tools, in a stable schema (version 1): <c>{ "version": 1,
/// "errors": n, "warnings": n, "diagnostics": [ { "id", "severity", "path", "line", "column", "message",
/// "hint" } ] }</c>, sorted by path, line and column; <c>hint</c> is null when there is none.
/// </summary>
public static class CheckReportJson
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteNumber("errors", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("severity", d.Severity == DiagnosticSeverity.Error ? "error" : "warning");
                json.WriteString("path", d.Path);
                json.WriteNumber("line", Math.Max(d.Line, 1));
                json.WriteNumber("column", Math.Max(d.Column, 1));
                json.WriteString("message", d.Message);
                if (d.Hint is null)
                {
                    json.WriteNull("hint");
                }
                else
                {
                    json.WriteString("hint", d.Hint);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
