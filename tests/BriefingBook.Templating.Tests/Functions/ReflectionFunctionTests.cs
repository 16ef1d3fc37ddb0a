using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;
using BriefingBook.Templating.Runtime.Binding;

namespace BriefingBook.Templating.Tests.Functions;

public sealed class ReflectionFunctionTests
{
    private static readonly SourceSpan CallSite = new("page", new TextPosition(3, 0, 3), new TextPosition(13, 0, 13));

    private readonly TemplateContext _context = new();

    public static string Greet(string name, string greeting = "Hello", string punctuation = "!") => $"{greeting}, {name}{punctuation}";

    public static string Where(TemplateContext context, SourceSpan span, string what) => $"{what} at {span} in {context.CurrentCulture.Name}";

    public static string Concat(string first, params object?[] rest) => first + ":" + string.Join(",", rest.Select(item => item ?? "null"));

    public static int Twice(int value) => value * 2;

    public static string Failing(string text) => throw new InvalidOperationException($"cannot use {text}");

    [Fact]
    public void Positional_arguments_bind_in_order_and_missing_ones_take_their_default()
    {
        var greet = Function(nameof(Greet));

        Assert.Equal("Hello, Ada!", greet.Invoke(_context, CallSite, ["Ada"]));
        Assert.Equal("Bonjour, Ada!", greet.Invoke(_context, CallSite, ["Ada", "Bonjour"]));
    }

    [Fact]
    public void Named_arguments_bind_by_snake_case_name_in_any_order()
    {
        var greet = Function(nameof(Greet));

        var result = greet.Invoke(_context, CallSite, ["Ada"], [new("punctuation", "?"), new("greeting", "Hi")]);

        Assert.Equal("Hi, Ada?", result);
    }

    [Fact]
    public void Context_and_call_site_are_injected_without_counting_as_arguments()
    {
        var where = Function(nameof(Where));

        Assert.Equal("x at page(1,4) in ", where.Invoke(_context, CallSite, ["x"]));
        Assert.Equal(1, where.ParameterCount);
    }

    [Fact]
    public void Extra_positional_arguments_are_collected_by_a_final_params_array()
    {
        var concat = Function(nameof(Concat));

        Assert.Equal("a:1,null,c", concat.Invoke(_context, CallSite, ["a", 1, null, "c"]));
        Assert.Equal("a:", concat.Invoke(_context, CallSite, ["a"]));
    }

    [Fact]
    public void Arguments_are_converted_to_the_parameter_type()
    {
        Assert.Equal(42, Function(nameof(Twice)).Invoke(_context, CallSite, ["21"]));
        Assert.Equal("Hello, 7!", Function(nameof(Greet)).Invoke(_context, CallSite, [7]));
    }

    [Fact]
    public void Missing_required_arguments_are_reported_just_after_the_call()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Function(nameof(Greet), "greet").Invoke(_context, CallSite, []));

        Assert.Equal("page(1,15) : error : Invalid number of arguments `0` passed to `greet` while expecting `1` arguments", error.Message);
    }

    [Fact]
    public void Too_many_arguments_name_the_expected_count()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Function(nameof(Twice), "twice").Invoke(_context, CallSite, [1, 2]));

        Assert.Equal("Invalid number of arguments `2` passed to `twice` while expecting `1` arguments", error.OriginalMessage);
    }

    [Fact]
    public void An_unknown_named_argument_is_an_error()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() =>
            Function(nameof(Greet), "greet").Invoke(_context, CallSite, ["Ada"], [new("colour", "red")]));

        Assert.Equal("Invalid argument `colour` not found for function `greet`", error.OriginalMessage);
    }

    [Fact]
    public void An_exception_inside_the_method_becomes_a_runtime_error_at_the_call()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => Function(nameof(Failing)).Invoke(_context, CallSite, ["it"]));

        Assert.Equal(CallSite, error.Span);
        Assert.Equal("cannot use it", error.OriginalMessage);
    }

    [Fact]
    public void Import_of_a_type_names_public_static_methods_in_snake_case()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(ReflectionFunctionTests), "demo");

        var twice = Assert.IsType<ReflectionFunction>(functions["twice"]);
        Assert.Equal("demo.twice", twice.Name);
        Assert.False(functions.CanWrite("greet"));
        Assert.False(functions.ContainsKey("Twice"));
    }

    [Fact]
    public void Import_of_a_delegate_keeps_its_closure()
    {
        var suffix = "!";
        var functions = new ScriptObject();
        functions.Import("shout", (string text) => text.ToUpperInvariant() + suffix);

        var shout = Assert.IsAssignableFrom<IScriptCustomFunction>(functions["shout"]);

        Assert.Equal("HEY!", shout.Invoke(_context, CallSite, ["hey"]));
    }

    private static ReflectionFunction Function(string method, string? name = null) =>
        new(name ?? method, typeof(ReflectionFunctionTests).GetMethod(method)!);
}
