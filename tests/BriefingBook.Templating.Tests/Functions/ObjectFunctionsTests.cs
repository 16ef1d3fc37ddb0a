using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Tests.Functions;

public sealed class ObjectFunctionsTests
{
    private readonly Builtins _builtins = new();

    private readonly ScriptObject _product = new() { ["title"] = "Orange", ["type"] = "fruit", ["stock"] = null };

    public sealed record Article(string Title, int WordCount);

    [Fact]
    public void Default_replaces_null_and_empty_text_only()
    {
        Assert.Equal("Yo", _builtins.Call("object.default", null, "Yo"));
        Assert.Equal("Yo", _builtins.Call("object.default", "", "Yo"));
        Assert.Equal(" ", _builtins.Call("object.default", " ", "Yo"));
        Assert.Equal(false, _builtins.Call("object.default", false, "Yo"));
    }

    [Fact]
    public void Keys_values_and_member_tests_read_objects()
    {
        Assert.Equal("[\"title\", \"type\", \"stock\"]", _builtins.Text(_builtins.Call("object.keys", _product)));
        Assert.Equal("[\"Orange\", \"fruit\", null]", _builtins.Text(_builtins.Call("object.values", _product)));
        Assert.Equal(true, _builtins.Call("object.has_key", _product, "stock"));
        Assert.Equal(false, _builtins.Call("object.has_value", _product, "stock"));
        Assert.Equal(true, _builtins.Call("object.has_value", _product, "title"));
        Assert.Equal(false, _builtins.Call("object.has_key", null, "title"));
        Assert.Equal("[]", _builtins.Text(_builtins.Call("object.keys", [null])));
    }

    [Fact]
    public void Dotnet_objects_show_their_members_in_snake_case()
    {
        var article = new Article("Sea lanes", 1200);

        Assert.Equal("[\"title\", \"word_count\"]", _builtins.Text(_builtins.Call("object.keys", article)));
        Assert.Equal(true, _builtins.Call("object.has_key", article, "word_count"));
        Assert.Equal("{\"title\":\"Sea lanes\",\"word_count\":1200}", _builtins.Call("object.to_json", article));
    }

    [Theory]
    [InlineData("obj", 3)]
    [InlineData(5, 0)]
    public void Size_counts_characters_items_or_nothing(object value, int expected)
    {
        Assert.Equal(expected, _builtins.Call("object.size", value));
    }

    [Fact]
    public void Typeof_and_kind_name_the_type()
    {
        Assert.Equal("boolean", _builtins.Call("object.typeof", true));
        Assert.Equal("number", _builtins.Call("object.typeof", 1.0));
        Assert.Equal("array", _builtins.Call("object.typeof", new ScriptArray()));
        Assert.Equal("object", _builtins.Call("object.typeof", _product));
        Assert.Equal("double", _builtins.Call("object.kind", 1.0));
        Assert.Equal("int", _builtins.Call("object.kind", 1));
        Assert.Equal("array", _builtins.Call("object.kind", new ScriptArray()));
        Assert.Equal("object", _builtins.Call("object.kind", _product));
        Assert.Null(_builtins.Call("object.kind", [null]));
    }

    [Fact]
    public void To_json_writes_compact_json()
    {
        var value = new ScriptObject { ["foo"] = "bar", ["baz"] = new ScriptArray { 1, 2, 3 }, ["ok"] = true, ["none"] = null };

        Assert.Equal("{\"foo\":\"bar\",\"baz\":[1,2,3],\"ok\":true,\"none\":null}", _builtins.Call("object.to_json", value));
        Assert.Equal("null", _builtins.Call("object.to_json", [null]));
        Assert.Equal("1.5", _builtins.Call("object.to_json", 1.5));
    }

    [Fact]
    public void From_json_builds_objects_and_arrays()
    {
        var value = _builtins.Call("object.from_json", "{\"a\": [1, 2.5, \"x\", null, true], \"b\": {\"c\": 3000000000}}");

        var obj = Assert.IsType<ScriptObject>(value);
        Assert.Equal("[1, 2.5, \"x\", null, true]", _builtins.Text(obj["a"]));
        Assert.Equal(3000000000L, ((ScriptObject)obj["b"]!)["c"]);
    }

    [Fact]
    public void From_json_reports_invalid_text()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => _builtins.Call("object.from_json", "{oops"));

        Assert.StartsWith("Invalid JSON: ", error.OriginalMessage);
    }

    [Fact]
    public void Format_formats_any_formattable_value_in_the_render_culture()
    {
        Assert.Equal("1 523,00", new Builtins("fr-FR").Call("object.format", 1523, "N2")!.ToString()!.Replace('\u202f', ' '));
        Assert.Equal("1,523.00", new Builtins("en-GB").Call("object.format", 1523, "N2"));
        Assert.Equal("4.24", _builtins.Call("object.format", 4.2435, "0.##"));
    }
}
