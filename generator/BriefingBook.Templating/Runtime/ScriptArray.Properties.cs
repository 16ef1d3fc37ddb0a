namespace BriefingBook.Templating.Runtime;

/// <summary>Named properties on an array (<c>x = []; x.test = 5</c>), kept apart from its items.</summary>
public partial class ScriptArray
{
    private ScriptObject? _properties;

    /// <summary>The named properties set on this array, or null when none were set.</summary>
    public ScriptObject? Properties => _properties;

    /// <summary>Sets a named property on the array.</summary>
    public void SetProperty(string name, object? value) => (_properties ??= new ScriptObject())[name] = value;
}
