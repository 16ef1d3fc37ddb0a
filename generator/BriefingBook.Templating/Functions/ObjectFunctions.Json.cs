using System.Collections;
using System.Numerics;
using System.Text;
using System.Text.Json;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>Conversion between template values and compact JSON text.</summary>
public sealed partial class ObjectFunctions : ScriptObject
{
    /// <summary>The value as compact JSON: objects and dictionaries become objects, lists arrays.</summary>
    public static string ToJson(TemplateContext context, SourceSpan span, object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteJson(context, span, writer, value, depth: 0);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Parses JSON text into objects, arrays, strings, numbers, booleans and nulls.</summary>
    public static object? FromJson(TemplateContext context, SourceSpan span, string? json)
    {
        if (json is null)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            return FromElement(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new ScriptRuntimeException(span, $"Invalid JSON: {exception.Message}", exception);
        }
    }

    private static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new ScriptObject();
                foreach (var property in element.EnumerateObject())
                {
                    obj[property.Name] = FromElement(property.Value);
                }
                return obj;
            case JsonValueKind.Array:
                return new ScriptArray(element.EnumerateArray().Select(FromElement));
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var small))
                {
                    return small;
                }
                if (element.TryGetInt64(out var large))
                {
                    return large;
                }
                return element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    private static void WriteJson(TemplateContext context, SourceSpan span, Utf8JsonWriter writer, object? value, int depth)
    {
        if (context.ObjectRecursionLimit > 0 && depth > context.ObjectRecursionLimit)
        {
            throw new ScriptRuntimeException(span, $"Exceeding the object recursion limit `{context.ObjectRecursionLimit}` while converting to JSON.");
        }
        switch (value)
        {
            case null or IScriptCustomFunction:
                writer.WriteNullValue();
                return;
            case string text:
                writer.WriteStringValue(text);
                return;
            case bool flag:
                writer.WriteBooleanValue(flag);
                return;
            case int or short or sbyte or long:
                writer.WriteNumberValue(Convert.ToInt64(value));
                return;
            case byte or ushort or uint or ulong:
                writer.WriteNumberValue(Convert.ToUInt64(value));
                return;
            case float single:
                writer.WriteNumberValue(single);
                return;
            case double number:
                writer.WriteNumberValue(number);
                return;
            case decimal number:
                writer.WriteNumberValue(number);
                return;
            case BigInteger big:
                writer.WriteRawValue(big.ToString());
                return;
            case DateTime date:
                writer.WriteStringValue(date);
                return;
            case DateTimeOffset date:
                writer.WriteStringValue(date);
                return;
            case Enum or TimeSpan or Guid:
                writer.WriteStringValue(value.ToString());
                return;
            case IDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, member) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteJson(context, span, writer, member, depth + 1);
                }
                writer.WriteEndObject();
                return;
            case IDictionary legacy:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in legacy)
                {
                    writer.WritePropertyName(entry.Key.ToString() ?? string.Empty);
                    WriteJson(context, span, writer, entry.Value, depth + 1);
                }
                writer.WriteEndObject();
                return;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(context, span, writer, item, depth + 1);
                }
                writer.WriteEndArray();
                return;
        }

        writer.WriteStartObject();
        foreach (var name in MemberNames(context, value))
        {
            context.TryGetMember(span, value, name, out var member);
            writer.WritePropertyName(name);
            WriteJson(context, span, writer, member, depth + 1);
        }
        writer.WriteEndObject();
    }
}
