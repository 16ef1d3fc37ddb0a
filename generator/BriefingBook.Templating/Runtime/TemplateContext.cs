using System.Globalization;
using BriefingBook.Templating.Functions;

namespace BriefingBook.Templating.Runtime;

/// <summary>
/// Everything one render needs besides the template: the model (global scopes), the loader for
/// <c>include</c>, the culture, and the limits that stop a runaway template.
/// </summary>
public partial class TemplateContext
{
    private ScriptObject? _builtinObject;

    public TemplateContext()
    {
        _evaluator = new Evaluation.ScriptEvaluator(this);
        _locals.Add(new ScriptObject());
    }

    /// <summary>
    /// A context whose builtins are <paramref name="builtins"/>: a host that renders many pages can
    /// share one object between contexts instead of building the namespaces for each render. The
    /// context sees them through an overlay, so what its template assigns (<c>date.format</c>, a member
    /// added to a namespace) stays in this render: every render starts from the shared values, and
    /// renders on several threads do not write to the same object.
    /// </summary>
    public TemplateContext(ScriptObject builtins)
        : this()
    {
        ArgumentNullException.ThrowIfNull(builtins);
        _builtinObject = builtins.OverlayForRender();
        if (!_builtinObject.ContainsKey("include"))
        {
            _builtinObject.SetValue("include", IncludeFunction.Instance, readOnly: true);
        }
    }

    /// <summary>The builtin namespaces (<c>string</c>, <c>array</c>, <c>date</c>...) and <c>include</c>, visible to every template.</summary>
    public ScriptObject BuiltinObject => _builtinObject ??= CreateBuiltins();

    /// <summary>A new object holding the builtin namespaces and <c>include</c>, as every context gets by default.</summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = new BuiltinFunctions();
        builtins.SetValue("include", IncludeFunction.Instance, readOnly: true);
        return builtins;
    }

    /// <summary>Culture used to format and parse numbers and dates. Invariant unless the host sets one.</summary>
    public CultureInfo CurrentCulture { get; set; } = CultureInfo.InvariantCulture;

    public ITemplateLoader? TemplateLoader { get; set; }

    /// <summary>The newline written by statements that end a line.</summary>
    public string NewLine { get; set; } = "\n";

    /// <summary>When true, reading an undefined variable is an error instead of an empty value.</summary>
    public bool StrictVariables { get; set; }

    /// <summary>Most iterations of one loop (for, while, range expansion); 0 means no limit.</summary>
    public int LoopLimit { get; set; } = 1000;

    /// <summary>Deepest nesting of function calls and includes; 0 means no limit.</summary>
    public int RecursiveLimit { get; set; } = 100;

    /// <summary>Longest string one conversion may produce, in characters; 0 means no limit.</summary>
    public int LimitToString { get; set; } = 1_048_576;

    /// <summary>Longest output one render may produce, in characters; 0 means no limit.</summary>
    public int OutputLimit { get; set; } = 16 * 1_048_576;

    /// <summary>Deepest nesting when converting nested objects to text; 0 means no limit.</summary>
    public int ObjectRecursionLimit { get; set; } = 20;

    /// <summary>Timeout of each regular expression evaluation.</summary>
    public TimeSpan RegexTimeOut { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How .NET member names are shown to templates.</summary>
    public Func<string, string> MemberRenamer { get; set; } = DefaultRenamer;

    private static readonly Func<string, string> DefaultRenamer = StandardMemberRenamer.Rename;

    /// <summary>Indents the lines of an included or nested block like the tag that produced it.</summary>
    public bool AutoIndent { get; set; } = true;

    public bool IndentOnEmptyLines { get; set; } = true;

    /// <summary>When true, <c>a.b</c> on a null <c>a</c> gives null instead of an error.</summary>
    public bool EnableRelaxedMemberAccess { get; set; } = true;

    /// <summary>When true, an index out of range or on null gives null instead of an error.</summary>
    public bool EnableRelaxedIndexerAccess { get; set; } = true;

    /// <summary>When true, a null index gives null instead of an error.</summary>
    public bool EnableNullIndexer { get; set; }

    /// <summary>When true, indexing a null value gives null instead of an error.</summary>
    public bool EnableRelaxedTargetAccess { get; set; }

    /// <summary>When true, calling something that is not a function gives null instead of an error.</summary>
    public bool EnableRelaxedFunctionAccess { get; set; }

    /// <summary>When true (Liquid), <c>break</c> and <c>continue</c> outside a loop stop the template instead of failing.</summary>
    public bool EnableBreakAndContinueAsReturnOutsideLoop { get; set; }

    /// <summary>The language included templates are parsed in.</summary>
    public Parsing.ScriptLang Language { get; set; } = Parsing.ScriptLang.Default;
}
