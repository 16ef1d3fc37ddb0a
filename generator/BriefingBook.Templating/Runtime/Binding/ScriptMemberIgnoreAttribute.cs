namespace BriefingBook.Templating.Runtime.Binding;

/// <summary>Keeps a public static method out of <see cref="ScriptObject.Import(Type, string?)"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ScriptMemberIgnoreAttribute : Attribute
{
}
