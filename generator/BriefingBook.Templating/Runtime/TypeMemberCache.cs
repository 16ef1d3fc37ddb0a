using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace BriefingBook.Templating.Runtime;

/// <summary>The public properties and fields of .NET types under their template names, found once per type and renamer.</summary>
internal static class TypeMemberCache
{
    private static readonly ConcurrentDictionary<(Type Type, Func<string, string> Renamer), Dictionary<string, MemberInfo>> Cache = new();
    private static readonly ConcurrentDictionary<MemberInfo, Func<object, object?>> Getters = new();

    public static IReadOnlyDictionary<string, MemberInfo> GetMembers(Type type, Func<string, string> renamer) =>
        Cache.GetOrAdd((type, renamer), static key => Build(key.Type, key.Renamer));

    /// <summary>Reads a member through a compiled getter, built once per member.</summary>
    public static object? GetValue(MemberInfo member, object target) => Getters.GetOrAdd(member, CompileGetter)(target);

    private static Func<object, object?> CompileGetter(MemberInfo member)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var typed = Expression.Convert(instance, member.DeclaringType!);
        Expression access = member switch
        {
            PropertyInfo property => Expression.Property(typed, property),
            FieldInfo field => Expression.Field(typed, field),
            _ => throw new ArgumentException($"Unsupported member {member.Name}", nameof(member)),
        };
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), instance).Compile();
    }

    public static bool TrySetValue(MemberInfo member, object target, object? value)
    {
        switch (member)
        {
            case PropertyInfo { CanWrite: true } property:
                property.SetValue(target, value);
                return true;
            case FieldInfo { IsInitOnly: false } field:
                field.SetValue(target, value);
                return true;
            default:
                return false;
        }
    }

    public static Type GetMemberType(MemberInfo member) => member switch
    {
        PropertyInfo property => property.PropertyType,
        FieldInfo field => field.FieldType,
        _ => typeof(object),
    };

    private static Dictionary<string, MemberInfo> Build(Type type, Func<string, string> renamer)
    {
        var members = new Dictionary<string, MemberInfo>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead)
            {
                members.TryAdd(renamer(property.Name), property);
            }
        }
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            members.TryAdd(renamer(field.Name), field);
        }
        return members;
    }
}
