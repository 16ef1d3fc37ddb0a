using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>The builtin namespaces every template sees (<c>array</c>, <c>math</c>, <c>string</c>...), one read-only member each.</summary>
public sealed class BuiltinFunctions : ScriptObject
{
    public BuiltinFunctions()
    {
        AddNamespace("array", new ArrayFunctions());
        AddNamespace("math", new MathFunctions());
        AddNamespace("string", new StringFunctions());
    }

    private void AddNamespace(string name, ScriptObject functions)
    {
        SetValue(name, functions, readOnly: true);
    }
}
