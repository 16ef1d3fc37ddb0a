namespace BriefingBook.Templating.Runtime;

/// <summary>The array type of templates: a growable list of values.</summary>
public partial class ScriptArray : List<object?>
{
    public ScriptArray()
    {
    }

    public ScriptArray(int capacity)
        : base(capacity)
    {
    }

    public ScriptArray(IEnumerable<object?> values)
        : base(values)
    {
    }
}
