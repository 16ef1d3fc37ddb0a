namespace BriefingBook.Templating.Runtime.Binding;

/// <summary>One parameter a template can pass to a bound .NET method: its names, type and default value.</summary>
public sealed class FunctionParameter
{
    public FunctionParameter(string name, Type type, bool hasDefault, object? defaultValue)
    {
        Name = name;
        ScriptName = StandardMemberRenamer.Rename(name);
        Type = type;
        HasDefault = hasDefault;
        DefaultValue = defaultValue;
    }

    /// <summary>The .NET parameter name, as declared.</summary>
    public string Name { get; }

    /// <summary>The snake_case name a template uses for a named argument.</summary>
    public string ScriptName { get; }

    /// <summary>The type each value is converted to; for a <c>params</c> parameter, the element type.</summary>
    public Type Type { get; }

    public bool HasDefault { get; }

    public object? DefaultValue { get; }

    public bool Matches(string argumentName) =>
        string.Equals(argumentName, ScriptName, StringComparison.Ordinal) || string.Equals(argumentName, Name, StringComparison.Ordinal);
}
