using System.Collections;
using System.Globalization;
using System.Reflection;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>The <c>object</c> namespace: defaults, members, sizes, type names, formatting, JSON and evaluation.</summary>
public sealed partial class ObjectFunctions : ScriptObject
{
    public ObjectFunctions()
    {
        Import(typeof(ObjectFunctions), "object");
    }

    /// <summary>The value, or <paramref name="default"/> when the value is null or an empty string.</summary>
    public static object? Default(object? value, object? @default) =>
        value is null || value is string { Length: 0 } ? @default : value;

    /// <summary>Formats a formattable value with a .NET format string, in <paramref name="culture"/> or the render's culture.</summary>
    public static string Format(TemplateContext context, SourceSpan span, object? value, string? format, string? culture = null)
    {
        if (value is null)
        {
            return string.Empty;
        }
        if (value is not IFormattable formattable)
        {
            throw new ScriptRuntimeException(span, $"Unexpected `{value}`. Must be a formattable object");
        }
        var provider = culture is null ? context.CurrentCulture : CultureInfo.GetCultureInfo(culture);
        return formattable.ToString(format ?? string.Empty, provider);
    }

    public static bool HasKey(TemplateContext context, SourceSpan span, object? value, string? key) =>
        value is not null && key is not null && MemberNames(context, value).Contains(key);

    public static bool HasValue(TemplateContext context, SourceSpan span, object? value, string? key) =>
        HasKey(context, span, value, key) && context.TryGetMember(span, value, key!, out var member) && member is not null;

    /// <summary>The member names of an object or the keys of a dictionary.</summary>
    public static new ScriptArray Keys(TemplateContext context, object? value) =>
        new(MemberNames(context, value).Select(name => (object?)name));

    /// <summary>The member values of an object or the values of a dictionary.</summary>
    public static new ScriptArray Values(TemplateContext context, SourceSpan span, object? value)
    {
        var result = new ScriptArray();
        switch (value)
        {
            case null or IScriptCustomFunction:
                return result;
            case IDictionary<string, object?> dictionary:
                result.AddRange(dictionary.Values);
                return result;
            case IDictionary legacy:
                result.AddRange(legacy.Values.Cast<object?>());
                return result;
        }
        foreach (var name in MemberNames(context, value))
        {
            context.TryGetMember(span, value, name, out var member);
            result.Add(member);
        }
        return result;
    }

    /// <summary>The length of a string, the number of items of a list or of members of an object; 0 otherwise.</summary>
    public static int Size(object? value) => value switch
    {
        null => 0,
        string text => text.Length,
        ICollection collection => collection.Count,
        IEnumerable enumerable => enumerable.Cast<object?>().Count(),
        _ => 0,
    };

    /// <summary>The broad kind of a value: <c>string</c>, <c>boolean</c>, <c>number</c>, <c>array</c>, <c>iterator</c> or <c>object</c>.</summary>
    public static string? Typeof(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string:
                return "string";
            case bool:
                return "boolean";
        }
        if (NumberKinds.IsNumber(value))
        {
            return "number";
        }
        if (IsRange(value))
        {
            return "iterator";
        }
        if (value is IList)
        {
            return "array";
        }
        return value is IEnumerable and not IDictionary and not IDictionary<string, object?> ? "iterator" : "object";
    }

    /// <summary>The precise type of a value: <c>int</c>, <c>double</c>, <c>string</c>, <c>range</c>, <c>array</c>, <c>object</c>...</summary>
    public static string? Kind(object? value)
    {
        if (value is null)
        {
            return null;
        }
        if (IsRange(value))
        {
            return "range";
        }
        if (value is Enum)
        {
            return "enum";
        }
        return value switch
        {
            byte => "byte",
            sbyte => "sbyte",
            short => "short",
            ushort => "ushort",
            uint => "uint",
            ulong => "ulong",
            IList and not ScriptArray => "array",
            IDictionary or IDictionary<string, object?> when value is not ScriptObject => "object",
            _ => TemplateContext.GetTypeName(value) is var name && IsPlainTypeName(name) ? name : "object",
        };
    }

    private static bool IsPlainTypeName(string name) =>
        name is "string" or "bool" or "int" or "long" or "double" or "float" or "decimal" or "bigint" or "array" or "object" or "function";

    private static bool IsRange(object value) => value is ScriptRange;

    internal static IEnumerable<string> MemberNames(TemplateContext context, object? value)
    {
        switch (value)
        {
            case null or IScriptCustomFunction or string:
                return [];
            case IDictionary<string, object?> dictionary:
                return dictionary.Keys;
            case IDictionary legacy:
                return legacy.Keys.Cast<object?>().Select(key => key?.ToString() ?? string.Empty);
            case IEnumerable:
                return [];
        }
        if (value.GetType().IsPrimitive || value is decimal)
        {
            return [];
        }
        var type = value.GetType();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.CanRead)
            .Select(property => context.MemberRenamer(property.Name));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(field => context.MemberRenamer(field.Name));
        return properties.Concat(fields);
    }
}
