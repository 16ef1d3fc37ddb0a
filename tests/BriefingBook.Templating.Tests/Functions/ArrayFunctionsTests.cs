using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Tests.Functions;

public sealed class ArrayFunctionsTests
{
    private readonly Builtins _builtins = new();

    private static ScriptArray List(params object?[] items) => new(items);

    private string Run(string function, params object?[] arguments) => _builtins.Text(_builtins.Call(function, arguments));

    [Fact]
    public void List_builders_return_new_lists_and_leave_the_input_alone()
    {
        var input = List(1, 2, 3);

        Assert.Equal("[1, 2, 3, 4]", Run("array.add", input, 4));
        Assert.Equal("[1, 2, 3, 4, 5]", Run("array.add_range", input, List(4, 5)));
        Assert.Equal("[1, 2, 3, 4, 5]", Run("array.concat", input, List(4, 5)));
        Assert.Equal("[1, \"Yo\", 2, 3]", Run("array.insert_at", input, 1, "Yo"));
        Assert.Equal("[1, 3]", Run("array.remove_at", input, 1));
        Assert.Equal("[1, 2]", Run("array.remove_at", input, -1));
        Assert.Equal("[3, 2, 1]", Run("array.reverse", input));
        Assert.Equal("[1, 2, 3]", _builtins.Text(input));
    }

    [Fact]
    public void Insert_at_beyond_the_end_pads_with_nulls()
    {
        Assert.Equal("[1, null, \"x\"]", Run("array.insert_at", List(1), 2, "x"));
    }

    [Fact]
    public void Inserting_far_beyond_the_end_is_refused()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => _builtins.Call("array.insert_at", List(1), 2_000_000_000, "x"));

        Assert.Equal("Inserting at index `2000000000` exceeds LoopLimit `1000`", error.OriginalMessage);
    }

    [Fact]
    public void Selection_functions_take_slices_of_the_list()
    {
        var input = List(4, 5, 6, 7, 8);

        Assert.Equal("[4, 5]", Run("array.limit", input, 2));
        Assert.Equal("[6, 7, 8]", Run("array.offset", input, 2));
        Assert.Equal(4, _builtins.Call("array.first", input));
        Assert.Equal(8, _builtins.Call("array.last", input));
        Assert.Equal(5, _builtins.Call("array.size", input));
        Assert.Equal("[1, 3]", Run("array.compact", List(1, null, 3)));
        Assert.Equal("[1, 4, 5, 8]", Run("array.uniq", List(1, 1, 4, 5, 8, 8)));
        Assert.Equal(true, _builtins.Call("array.contains", input, 8));
        Assert.Equal(false, _builtins.Call("array.contains", input, "8"));
    }

    [Fact]
    public void A_null_list_reads_as_empty()
    {
        Assert.Equal(0, _builtins.Call("array.size", [null]));
        Assert.Null(_builtins.Call("array.first", [null]));
        Assert.Equal("", Run("array.join", null, ","));
        Assert.Equal("[4]", Run("array.add", null, 4));
    }

    [Fact]
    public void Join_turns_items_into_text_between_delimiters()
    {
        Assert.Equal("1|2|3", Run("array.join", List(1, 2, 3), "|"));
        Assert.Equal("1|true|", Run("array.join", List(1, true, null), "|"));
    }

    [Fact]
    public void Sort_orders_numbers_by_value_and_text_by_culture()
    {
        Assert.Equal("[2, 6, 10]", Run("array.sort", List(10, 2, 6)));
        Assert.Equal("[1, 2.5, 3]", Run("array.sort", List(3, 2.5, 1)));
        Assert.Equal("[\"fruit\", \"Orange\"]", Run("array.sort", List("Orange", "fruit")));
    }

    [Fact]
    public void Sort_and_map_read_a_member_of_each_item()
    {
        var products = List(Product("orange", "fruit"), Product("computer", "electronics"), Product("sofa", "furniture"));

        var sorted = _builtins.Call("array.sort", products, "title");

        Assert.Equal("[\"computer\", \"orange\", \"sofa\"]", Run("array.map", sorted, "title"));
    }

    [Fact]
    public void Map_over_an_object_reads_its_entries()
    {
        var names = _builtins.Call("array.map", Product("a", "b"), "key");

        Assert.Equal("[\"title\", \"type\"]", _builtins.Text(names));
    }

    [Fact]
    public void Cycle_returns_the_next_value_on_each_call_of_one_render()
    {
        var values = List("one", "two", "three");

        var seen = Enumerable.Range(0, 4).Select(_ => _builtins.Call("array.cycle", values)).ToList();

        Assert.Equal(["one", "two", "three", "one"], seen);
        Assert.Equal("one", new Builtins().Call("array.cycle", values));
    }

    [Fact]
    public void Cycle_groups_keep_separate_positions()
    {
        var values = List("a", "b");

        _builtins.Call("array.cycle", values, "first");

        Assert.Equal("a", _builtins.Call("array.cycle", values, "second"));
        Assert.Equal("b", _builtins.Call("array.cycle", values, "first"));
    }

    [Fact]
    public void Function_arguments_filter_transform_and_test_items()
    {
        var strip = _builtins.Get("string.strip");
        var empty = _builtins.Get("string.empty");
        var contains = _builtins.Get("string.contains");

        Assert.Equal("[\"a\", \"5\"]", Run("array.each", List(" a", "5 "), strip));
        Assert.Equal("[\"\", \"\"]", Run("array.filter", List("", "200", "", "400"), empty));
        Assert.Equal(true, _builtins.Call("array.any", List(" hello", "20"), contains, "20"));
        Assert.Equal(false, _builtins.Call("array.any", List(" hello", "20"), contains, "30"));
    }

    [Fact]
    public void A_value_that_is_not_a_function_is_an_error()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => _builtins.Call("array.each", List(1), "strip"));

        Assert.Equal("The parameter `strip` is not a function. Maybe prefix it with @?", error.OriginalMessage);
    }

    [Fact]
    public void Cycle_without_a_list_names_the_missing_argument()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => _builtins.Call("array.cycle"));

        Assert.Equal("Invalid number of arguments `0` passed to `array.cycle` while expecting `1` arguments", error.OriginalMessage);
    }

    private static ScriptObject Product(string title, string type) => new() { ["title"] = title, ["type"] = type };
}
