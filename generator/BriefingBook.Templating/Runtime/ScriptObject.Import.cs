using System.Collections.Concurrent;
using System.Reflection;
using BriefingBook.Templating.Runtime.Binding;

namespace BriefingBook.Templating.Runtime;

/// <summary>Imports .NET methods and delegates as template functions.</summary>
public partial class ScriptObject
{
    /// <summary>
    /// Imports every public static method declared by <paramref name="type"/> as a function named in
    /// snake_case (<c>PadLeft</c> becomes <c>pad_left</c>); <paramref name="prefix"/> qualifies the
    /// names shown in error messages (<c>string</c> gives <c>string.pad_left</c>).
    /// </summary>
    public void Import(Type type, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        foreach (var (name, function) in ImportedFunctions.GetOrAdd((type, prefix), static key => FunctionsOf(key.Type, key.Prefix)))
        {
            if (!ContainsKey(name))
            {
                SetValue(name, function, readOnly: true);
            }
        }
    }

    // Bound functions hold no state of a render, so every context of a process shares them.
    private static readonly ConcurrentDictionary<(Type Type, string? Prefix), KeyValuePair<string, ReflectionFunction>[]> ImportedFunctions = new();

    private static KeyValuePair<string, ReflectionFunction>[] FunctionsOf(Type type, string? prefix)
    {
        var functions = new List<KeyValuePair<string, ReflectionFunction>>();
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
        foreach (var method in methods.OrderBy(m => m.MetadataToken))
        {
            if (method.IsSpecialName || method.IsGenericMethodDefinition || method.IsDefined(typeof(ScriptMemberIgnoreAttribute), inherit: false))
            {
                continue;
            }
            var name = StandardMemberRenamer.Rename(method.Name);
            if (functions.Exists(pair => pair.Key == name))
            {
                continue;
            }
            var qualified = prefix is null ? name : $"{prefix}.{name}";
            functions.Add(new(name, new ReflectionFunction(qualified, method)));
        }
        return functions.ToArray();
    }

    /// <summary>Imports one delegate as the function <paramref name="name"/>.</summary>
    public void Import(string name, Delegate function)
    {
        ArgumentNullException.ThrowIfNull(function);
        SetValue(name, new ReflectionFunction(name, function.Method, function.Target), readOnly: true);
    }
}
