using System.Collections;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>The functions of <c>array</c> that take a function or a member name: each, filter, any, map, sort.</summary>
public sealed partial class ArrayFunctions : ScriptObject
{
    /// <summary>The result of <paramref name="function"/> on each item.</summary>
    public static ScriptArray? Each(TemplateContext context, SourceSpan span, IEnumerable? list, object? function)
    {
        if (list is null)
        {
            return null;
        }
        if (function is null)
        {
            return new ScriptArray(Items(list));
        }
        var callable = AsFunction(span, function);
        return new ScriptArray(Items(list).Select(item => context.Call(span, callable, item)));
    }

    /// <summary>The items for which <paramref name="function"/> returns a true value.</summary>
    public static ScriptArray? Filter(TemplateContext context, SourceSpan span, IEnumerable? list, object? function)
    {
        if (list is null)
        {
            return null;
        }
        if (function is null)
        {
            return new ScriptArray(Items(list));
        }
        var callable = AsFunction(span, function);
        return new ScriptArray(Items(list).Where(item => context.ToBool(span, context.Call(span, callable, item))));
    }

    /// <summary>Whether <paramref name="function"/>, called with an item followed by <paramref name="args"/>, is true for some item.</summary>
    public static bool Any(TemplateContext context, SourceSpan span, IEnumerable? list, object? function, params object?[] args)
    {
        if (list is null)
        {
            return false;
        }
        var callable = AsFunction(span, function);
        foreach (var item in Items(list))
        {
            var arguments = new object?[args.Length + 1];
            arguments[0] = item;
            args.CopyTo(arguments, 1);
            if (context.ToBool(span, context.Call(span, callable, arguments)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The value of <paramref name="member"/> of each item that has it.</summary>
    public static ScriptArray Map(TemplateContext context, SourceSpan span, object? list, string? member)
    {
        var result = new ScriptArray();
        if (list is null || member is null)
        {
            return result;
        }
        var items = list is IEnumerable enumerable and not string ? enumerable.Cast<object?>() : [list];
        foreach (var item in items)
        {
            if (context.TryGetMember(span, item, member, out var value))
            {
                result.Add(value);
            }
        }
        return result;
    }

    /// <summary>The items in ascending order of their value, or of the value of their <paramref name="member"/>.</summary>
    public static ScriptArray Sort(TemplateContext context, SourceSpan span, object? list, string? member = null)
    {
        if (list is null)
        {
            return new ScriptArray();
        }
        if (list is not IEnumerable enumerable || list is string)
        {
            return new ScriptArray { list };
        }
        var items = enumerable.Cast<object?>().ToList();
        var comparer = new ValueComparer(context.CurrentCulture);
        if (string.IsNullOrEmpty(member))
        {
            items.Sort(comparer);
        }
        else
        {
            var keyed = items.Select(item => (Item: item, Key: context.TryGetMember(span, item, member, out var key) ? key : null)).ToList();
            var sorted = keyed.OrderBy(pair => pair.Key, comparer).Select(pair => pair.Item);
            items = sorted.ToList();
        }
        return new ScriptArray(items);
    }

    private static IScriptCustomFunction AsFunction(SourceSpan span, object? function) =>
        function as IScriptCustomFunction
        ?? throw new ScriptRuntimeException(span, $"The parameter `{function}` is not a function. Maybe prefix it with @?");
}
