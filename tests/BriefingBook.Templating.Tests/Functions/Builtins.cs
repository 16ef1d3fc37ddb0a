using System.Globalization;
using BriefingBook.Templating.Functions;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Tests.Functions;

/// <summary>Calls builtin functions by their template name (<c>string.slice</c>), the way a template would.</summary>
internal sealed class Builtins
{
    public static readonly SourceSpan Span = new("test", new TextPosition(0, 0, 3), new TextPosition(10, 0, 13));

    public Builtins(string culture = "")
    {
        Context = new TemplateContext { CurrentCulture = CultureInfo.GetCultureInfo(culture) };
        Context.BuiltinObject.SetValue("date", Functions["date"], readOnly: true);
    }

    public TemplateContext Context { get; }

    public BuiltinFunctions Functions { get; } = new();

    public IScriptCustomFunction Get(string name)
    {
        var parts = name.Split('.');
        var ns = (ScriptObject)Functions[parts[0]]!;
        return (IScriptCustomFunction)ns[parts[1]]!;
    }

    public object? Call(string name, params object?[] arguments) => Get(name).Invoke(Context, Span, arguments);

    public object? CallNamed(string name, object?[] arguments, params (string Name, object? Value)[] named) =>
        Get(name).Invoke(Context, Span, arguments, named.Select(pair => new KeyValuePair<string, object?>(pair.Name, pair.Value)).ToList());

    public string Text(object? value) => Context.ObjectToString(value);
}
