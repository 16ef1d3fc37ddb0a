using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>The builtin namespaces every template sees (<c>array</c>, <c>date</c>, <c>string</c>...), one read-only member each.</summary>
public sealed class BuiltinFunctions : ScriptObject
{
    public BuiltinFunctions()
    {
        AddNamespace("array", new ArrayFunctions());
        AddNamespace("date", Date);
        AddNamespace("html", new HtmlFunctions());
        AddNamespace("math", new MathFunctions());
        AddNamespace("object", new ObjectFunctions());
        AddNamespace("regex", new RegexFunctions());
        AddNamespace("string", new StringFunctions());
        AddNamespace("timespan", new TimeSpanFunctions());
    }

    /// <summary>The <c>date</c> namespace, whose clock and format a host may set.</summary>
    public DateFunctions Date { get; } = new();

    private void AddNamespace(string name, ScriptObject functions) => SetValue(name, functions, readOnly: true);
}
