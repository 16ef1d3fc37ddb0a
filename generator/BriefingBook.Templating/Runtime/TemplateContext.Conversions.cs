using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Runtime;

/// <summary>How values turn into text, booleans, numbers and lists, shared by the evaluator and the builtins.</summary>
public partial class TemplateContext
{
    /// <summary>The text a value prints as: null is empty, booleans are <c>true</c>/<c>false</c>, numbers use <see cref="CurrentCulture"/>.</summary>
    public virtual string ObjectToString(object? value, bool nested = false)
    {
        if (!nested)
        {
            switch (value)
            {
                case null:
                    return string.Empty;
                case string text:
                    return text;
                case bool flag:
                    return flag ? "true" : "false";
                case int number:
                    return number.ToString(CurrentCulture);
            }
        }
        var builder = new StringBuilder();
        AppendObject(builder, value, nested, depth: 0);
        return builder.ToString();
    }

    private void AppendObject(StringBuilder builder, object? value, bool nested, int depth)
    {
        if (ObjectRecursionLimit > 0 && depth > ObjectRecursionLimit)
        {
            throw new ScriptRuntimeException(SourceSpan.Empty, $"Exceeding the object recursion limit `{ObjectRecursionLimit}` while converting an object to text.");
        }

        switch (value)
        {
            case null:
                if (nested)
                {
                    builder.Append("null");
                }
                break;
            case string text:
                if (nested)
                {
                    AppendQuoted(builder, text);
                }
                else
                {
                    builder.Append(text);
                }
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case DateTime date:
                builder.Append(Functions.DateFunctions.FormatDate(this, date));
                break;
            case float single:
                builder.Append(single.ToString("R", CurrentCulture));
                break;
            case double number:
                builder.Append(number.ToString("R", CurrentCulture));
                break;
            case IFormattable formattable:
                builder.Append(formattable.ToString(null, CurrentCulture));
                break;
            case ScriptUserFunction function:
                builder.Append(Syntax.ScriptPrinter.Print(function.Definition));
                break;
            case IScriptCustomFunction:
                builder.Append("<function>");
                break;
            case KeyValuePair<string, object?> pair:
                builder.Append("{key: ");
                AppendObject(builder, pair.Key, nested: true, depth + 1);
                builder.Append(", value: ");
                AppendObject(builder, pair.Value, nested: true, depth + 1);
                builder.Append('}');
                break;
            case IDictionary<string, object?> dictionary:
                builder.Append("{");
                var firstMember = true;
                foreach (var member in dictionary)
                {
                    if (!firstMember)
                    {
                        builder.Append(", ");
                    }
                    firstMember = false;
                    builder.Append(member.Key).Append(": ");
                    AppendObject(builder, member.Value, nested: true, depth + 1);
                }
                builder.Append("}");
                break;
            case IEnumerable list:
                builder.Append("[");
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem)
                    {
                        builder.Append(", ");
                    }
                    firstItem = false;
                    AppendObject(builder, item, nested: true, depth + 1);
                }
                builder.Append("]");
                break;
            default:
                builder.Append(value.ToString());
                break;
        }

        if (LimitToString > 0 && builder.Length > LimitToString)
        {
            builder.Length = LimitToString;
            builder.Append("...");
        }
    }

    private static void AppendQuoted(StringBuilder builder, string text) =>
        builder.Append('"').Append(Functions.StringFunctions.Escape(text)).Append('"');

    /// <summary>Truthiness: null and false are false; every other value, including 0 and "", is true.</summary>
    public virtual bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool flag => flag,
        _ => true,
    };

    /// <summary>Converts a value to an int, or fails with an error at <paramref name="span"/>.</summary>
    public virtual int ToInt(SourceSpan span, object? value)
    {
        try
        {
            return value switch
            {
                null => 0,
                int number => number,
                bool flag => flag ? 1 : 0,
                string text => int.Parse(text, NumberStyles.Integer, CurrentCulture),
                BigInteger big => (int)big,
                IConvertible convertible => convertible.ToInt32(CurrentCulture),
                _ => throw new InvalidCastException(),
            };
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException)
        {
            throw new ScriptRuntimeException(span, $"Unable to convert type `{GetTypeName(value)}` to int", exception);
        }
    }

    /// <summary>Converts a value to <typeparamref name="T"/>; see <see cref="ToObject(SourceSpan, object?, Type)"/>.</summary>
    public T ToObject<T>(SourceSpan span, object? value) => (T)ToObject(span, value, typeof(T))!;

    /// <summary>
    /// Converts a value to <paramref name="destinationType"/>: numbers between numeric types, anything
    /// to string and bool by the template rules, lists to arrays. Fails with an error at <paramref name="span"/>.
    /// </summary>
    public virtual object? ToObject(SourceSpan span, object? value, Type destinationType)
    {
        var underlying = Nullable.GetUnderlyingType(destinationType);
        if (underlying is not null)
        {
            if (value is null)
            {
                return null;
            }
            destinationType = underlying;
        }

        if (destinationType == typeof(object) || (value is not null && destinationType.IsInstanceOfType(value)))
        {
            return value;
        }
        if (destinationType == typeof(string))
        {
            return value is null ? null : ObjectToString(value);
        }
        if (destinationType == typeof(bool))
        {
            return ToBool(span, value);
        }
        if (value is null)
        {
            return destinationType.IsValueType ? Activator.CreateInstance(destinationType) : null;
        }

        try
        {
            if (destinationType == typeof(BigInteger))
            {
                return value switch
                {
                    string text => BigInteger.Parse(text, CurrentCulture),
                    IConvertible convertible => new BigInteger(convertible.ToDecimal(CurrentCulture)),
                    _ => throw new InvalidCastException(),
                };
            }
            if (value is BigInteger bigValue && destinationType.IsPrimitive)
            {
                return Convert.ChangeType((decimal)bigValue, destinationType, CurrentCulture);
            }
            if (destinationType.IsEnum && value is string enumName)
            {
                return Enum.Parse(destinationType, enumName, ignoreCase: true);
            }
            if (typeof(IConvertible).IsAssignableFrom(destinationType) && value is IConvertible)
            {
                return Convert.ChangeType(value, destinationType, CurrentCulture);
            }
            if (destinationType == typeof(ScriptArray) && value is IEnumerable enumerable and not string)
            {
                return new ScriptArray(enumerable.Cast<object?>());
            }
            if (destinationType.IsAssignableFrom(typeof(ScriptArray)) && value is IEnumerable items and not string)
            {
                return new ScriptArray(items.Cast<object?>());
            }
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new ScriptRuntimeException(span, $"Unable to convert type `{GetTypeName(value)}` to `{GetTypeName(destinationType)}`", exception);
        }

        throw new ScriptRuntimeException(span, $"Unable to convert type `{GetTypeName(value)}` to `{GetTypeName(destinationType)}`");
    }

    /// <summary>The items of a list-like value (array, range, any enumerable but a string), or null when it is not one.</summary>
    public virtual IEnumerable<object?>? ToList(SourceSpan span, object? value) => value switch
    {
        null => null,
        string => null,
        IDictionary<string, object?> => null,
        IEnumerable enumerable => enumerable.Cast<object?>(),
        _ => null,
    };

    /// <summary>Reads member <paramref name="name"/> of a script object, dictionary or .NET object (by its renamed name).</summary>
    public virtual bool TryGetMember(SourceSpan span, object? target, string name, out object? value)
    {
        switch (target)
        {
            case null:
                value = null;
                return false;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out value);
            case IDictionary legacy when legacy.Contains(name):
                value = legacy[name];
                return true;
        }

        if (target is ScriptArray { Properties: { } properties } && properties.TryGetValue(name, out value))
        {
            return true;
        }
        if (target is string text && name == "size")
        {
            value = text.Length;
            return true;
        }
        if (target is ICollection collection && name == "size")
        {
            value = collection.Count;
            return true;
        }
        if (TypeMemberCache.GetMembers(target.GetType(), MemberRenamer).TryGetValue(name, out var member))
        {
            value = TypeMemberCache.GetValue(member, target);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Calls a function value with positional arguments; used by builtins that take a function (<c>array.map</c>...).</summary>
    public object? Call(SourceSpan span, IScriptCustomFunction function, params object?[] arguments) =>
        function.Invoke(this, span, arguments);

    /// <summary>The name of a value's type as templates know it (<c>string</c>, <c>int</c>, <c>array</c>...).</summary>
    public static string GetTypeName(object? value) => value switch
    {
        null => "null",
        Type type => GetTypeName(type),
        _ => GetTypeName(value.GetType()),
    };

    private static string GetTypeName(Type type)
    {
        if (type == typeof(string)) return "string";
        if (type == typeof(bool)) return "bool";
        if (type == typeof(int)) return "int";
        if (type == typeof(long)) return "long";
        if (type == typeof(double)) return "double";
        if (type == typeof(float)) return "float";
        if (type == typeof(decimal)) return "decimal";
        if (type == typeof(BigInteger)) return "bigint";
        if (typeof(ScriptArray).IsAssignableFrom(type)) return "array";
        if (typeof(ScriptObject).IsAssignableFrom(type)) return "object";
        if (typeof(IScriptCustomFunction).IsAssignableFrom(type)) return "function";
        return type.Name;
    }
}
