using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Tests.Functions;

public sealed class MathFunctionsTests
{
    private readonly Builtins _builtins = new();

    [Theory]
    [InlineData("math.abs", -15.5, 15.5)]
    [InlineData("math.abs", -5, 5)]
    [InlineData("math.ceil", 4.3, 5.0)]
    [InlineData("math.floor", 4.6, 4.0)]
    [InlineData("math.round", 4.6, 5.0)]
    [InlineData("math.round", 4.5, 4.0)]
    public void Single_value_functions(string function, object value, object expected)
    {
        Assert.Equal(expected, _builtins.Call(function, value));
    }

    [Theory]
    [InlineData("math.plus", 1, 2, 3)]
    [InlineData("math.plus", 1, 2.5, 3.5)]
    [InlineData("math.minus", 255, 5, 250)]
    [InlineData("math.times", 2, 3, 6)]
    [InlineData("math.times", int.MaxValue, 2, 4294967294L)]
    [InlineData("math.modulo", 11, 10, 1)]
    [InlineData("math.divided_by", 8.4, 2, 4)]
    [InlineData("math.divided_by", 9, 2.0, 4.5)]
    public void Arithmetic_keeps_the_widest_number_type(string function, object left, object right, object expected)
    {
        Assert.Equal(expected, _builtins.Call(function, left, right));
    }

    [Theory]
    [InlineData("math.plus")]
    [InlineData("math.minus")]
    [InlineData("math.times")]
    [InlineData("math.divided_by")]
    [InlineData("math.modulo")]
    public void Arithmetic_with_null_gives_null(string function)
    {
        Assert.Null(_builtins.Call(function, 1, null));
    }

    [Fact]
    public void Round_takes_a_number_of_decimals()
    {
        Assert.Equal(4.56, _builtins.Call("math.round", 4.5612, 2));
    }

    [Fact]
    public void Is_number_accepts_every_numeric_type_only()
    {
        Assert.Equal(true, _builtins.Call("math.is_number", 4.5));
        Assert.Equal(true, _builtins.Call("math.is_number", 4L));
        Assert.Equal(false, _builtins.Call("math.is_number", "4"));
        Assert.Equal(false, _builtins.Call("math.is_number", [null]));
    }

    [Theory]
    [InlineData("", 1523.0, "N2", "1,523.00")]
    [InlineData("fr-FR", 1523.0, "N2", "1\u202f523,00")]
    [InlineData("en-GB", 1523.5, "0.0", "1523.5")]
    [InlineData("", 255, "X4", "00FF")]
    public void Format_uses_the_render_culture(string culture, object value, string format, string expected)
    {
        Assert.Equal(expected, new Builtins(culture).Call("math.format", value, format));
    }

    [Fact]
    public void Format_can_name_its_culture()
    {
        Assert.Equal("4,24", _builtins.Call("math.format", 4.2435, "0.##", "fr-FR"));
    }

    [Fact]
    public void Random_stays_within_bounds_and_uuid_is_a_guid()
    {
        var value = Assert.IsType<int>(_builtins.Call("math.random", 1, 10));

        Assert.InRange(value, 1, 9);
        Assert.True(Guid.TryParse((string)_builtins.Call("math.uuid")!, out _));
    }

    [Fact]
    public void Arithmetic_functions_behave_as_the_operators()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => _builtins.Call("math.minus", "a", "b"));

        Assert.Equal("Operator `-` is not supported on string objects", error.OriginalMessage);
        Assert.Equal("a1", _builtins.Call("math.plus", "a", 1));
    }
}
