using System.Collections;
using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Runtime;

/// <summary>Reading and writing members (<c>a.b</c>) and items (<c>a[i]</c>) of script objects, arrays, dictionaries and .NET objects.</summary>
public partial class TemplateContext
{
    /// <summary>Sets member <paramref name="name"/>; false when the member is read-only or the target cannot take it.</summary>
    public virtual bool TrySetMember(SourceSpan span, object target, string name, object? value)
    {
        switch (target)
        {
            case ScriptObject scriptObject:
                if (!scriptObject.CanWrite(name))
                {
                    return false;
                }
                scriptObject.SetValue(name, value, readOnly: false);
                return true;
            case ScriptArray array:
                array.SetProperty(name, value);
                return true;
            case IDictionary<string, object?> dictionary:
                dictionary[name] = value;
                return true;
            case IDictionary legacy:
                legacy[name] = value;
                return true;
        }
        if (TypeMemberCache.GetMembers(target.GetType(), MemberRenamer).TryGetValue(name, out var member))
        {
            var converted = ToObject(span, value, TypeMemberCache.GetMemberType(member));
            return TypeMemberCache.TrySetValue(member, target, converted);
        }
        return false;
    }

    /// <summary>The item at <paramref name="index"/>: a list position (negative counts from the end) or a key.</summary>
    public virtual object? GetIndex(SourceSpan span, object target, object index)
    {
        switch (target)
        {
            case string text:
                var position = ToInt(span, index);
                if (position < 0)
                {
                    position += text.Length;
                }
                return position >= 0 && position < text.Length ? text[position].ToString() : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(ObjectToString(index), out var member) ? member : null;
            case IList list when index is not string:
                var i = ToInt(span, index);
                if (i < 0)
                {
                    i += list.Count;
                }
                return i >= 0 && i < list.Count ? list[i] : null;
            case IDictionary legacy:
                var key = index is string ? index : ObjectToString(index);
                return legacy.Contains(key) ? legacy[key] : null;
            case IEnumerable enumerable when index is not string:
                var wanted = ToInt(span, index);
                var items = enumerable.Cast<object?>().ToList();
                if (wanted < 0)
                {
                    wanted += items.Count;
                }
                return wanted >= 0 && wanted < items.Count ? items[wanted] : null;
        }
        TryGetMember(span, target, ObjectToString(index), out var value);
        return value;
    }

    /// <summary>Sets the item at <paramref name="index"/>; a list grows to reach it. False when the member is read-only.</summary>
    public virtual bool TrySetIndex(SourceSpan span, object target, object index, object? value)
    {
        switch (target)
        {
            case string:
                throw new ScriptRuntimeException(span, "Cannot replace a character in a string");
            case IList list when index is not string && target is not ScriptObject:
                var i = ToInt(span, index);
                if (i < 0)
                {
                    i += list.Count;
                    if (i < 0)
                    {
                        return true;
                    }
                }
                while (list.Count <= i)
                {
                    list.Add(null);
                }
                list[i] = value;
                return true;
            default:
                return TrySetMember(span, target, ObjectToString(index), value);
        }
    }
}
