using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>
/// The <c>array</c> namespace: functions that read lists or return new ones. The input list is never
/// changed; a null list reads as empty.
/// </summary>
public sealed partial class ArrayFunctions : ScriptObject
{
    private static readonly ConditionalWeakTable<TemplateContext, Dictionary<string, int>> CycleStates = new();

    public ArrayFunctions()
    {
        Import(typeof(ArrayFunctions), "array");
    }

    public static ScriptArray Add(IEnumerable? list, object? value)
    {
        var result = list is null ? new ScriptArray() : new ScriptArray(Items(list));
        result.Add(value);
        return result;
    }

    public static ScriptArray? AddRange(IEnumerable? list1, IEnumerable? list2) => Concat(list1, list2);

    public static ScriptArray? Concat(IEnumerable? list1, IEnumerable? list2)
    {
        if (list1 is null && list2 is null)
        {
            return null;
        }
        return new ScriptArray(Items(list1).Concat(Items(list2)));
    }

    public static ScriptArray? Compact(IEnumerable? list) => list is null ? null : new ScriptArray(Items(list).Where(item => item is not null));

    public static bool Contains(IEnumerable? list, object? item)
    {
        foreach (var element in Items(list))
        {
            if (Equals(element, item) || (element is Enum value && SameEnum(value, item)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Returns the next value of <paramref name="list"/> each time it is called during one render; calls
    /// with the same values, or the same <paramref name="group"/>, share one position.
    /// </summary>
    public static object? Cycle(TemplateContext context, SourceSpan span, IList? list, object? group = null)
    {
        if (list is null)
        {
            return null;
        }
        var key = group is null ? Join(context, span, list, ",") : context.ObjectToString(group);
        var positions = CycleStates.GetOrCreateValue(context);
        positions.TryGetValue(key, out var position);
        if (list.Count == 0)
        {
            positions[key] = 0;
            return null;
        }
        position %= list.Count;
        positions[key] = position + 1;
        return list[position];
    }

    public static object? First(IEnumerable? list) => Items(list).FirstOrDefault();

    public static object? Last(IEnumerable? list) => list is IList indexed
        ? (indexed.Count > 0 ? indexed[indexed.Count - 1] : null)
        : Items(list).LastOrDefault();

    /// <summary>Inserts <paramref name="value"/> at <paramref name="index"/>, padding with nulls when the list is shorter.</summary>
    public static ScriptArray InsertAt(TemplateContext context, SourceSpan span, IEnumerable? list, int index, object? value)
    {
        var result = new ScriptArray(Items(list));
        index = Math.Max(0, index);
        if (context.LoopLimit > 0 && index - result.Count > context.LoopLimit)
        {
            throw new ScriptRuntimeException(span, $"Inserting at index `{index}` exceeds LoopLimit `{context.LoopLimit}`");
        }
        while (result.Count < index)
        {
            result.Add(null);
        }
        result.Insert(index, value);
        return result;
    }

    /// <summary>The items as text joined by <paramref name="delimiter"/>; an optional function transforms each item's text first.</summary>
    public static string Join(TemplateContext context, SourceSpan span, IEnumerable? list, string? delimiter, object? function = null)
    {
        if (list is null)
        {
            return string.Empty;
        }
        var transform = function is null ? null : AsFunction(span, function);
        var builder = new StringBuilder();
        var first = true;
        foreach (var item in Items(list))
        {
            if (!first)
            {
                builder.Append(delimiter);
            }
            first = false;
            var text = context.ObjectToString(item);
            if (transform is not null)
            {
                text = context.ObjectToString(context.Call(span, transform, text));
            }
            builder.Append(text);
        }
        return builder.ToString();
    }

    public static ScriptArray? Limit(IEnumerable? list, int count) => list is null ? null : new ScriptArray(Items(list).Take(Math.Max(0, count)));

    public static ScriptArray? Offset(IEnumerable? list, int index) => list is null ? null : new ScriptArray(Items(list).Skip(Math.Max(0, index)));

    /// <summary>A copy without the item at <paramref name="index"/>; a negative index counts from the end.</summary>
    public static ScriptArray RemoveAt(IList? list, int index)
    {
        var result = list is null ? new ScriptArray() : new ScriptArray(Items(list));
        if (index < 0)
        {
            index += result.Count;
        }
        if (index >= 0 && index < result.Count)
        {
            result.RemoveAt(index);
        }
        return result;
    }

    public static ScriptArray? Reverse(IEnumerable? list) => list is null ? null : new ScriptArray(Items(list).Reverse());

    public static int Size(IEnumerable? list) => list switch
    {
        null => 0,
        ICollection collection => collection.Count,
        _ => Items(list).Count(),
    };

    public static ScriptArray? Uniq(IEnumerable? list) => list is null ? null : new ScriptArray(Items(list).Distinct());

    internal static IEnumerable<object?> Items(IEnumerable? list) => list is null ? [] : list.Cast<object?>();

    private static bool SameEnum(Enum value, object? item)
    {
        try
        {
            return item switch
            {
                null => false,
                string name => Enum.Parse(value.GetType(), name).Equals(value),
                _ => Enum.ToObject(value.GetType(), item).Equals(value),
            };
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidCastException or OverflowException)
        {
            return false;
        }
    }
}
