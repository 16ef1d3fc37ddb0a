namespace BriefingBook.Templating.Tests.Functions;

public sealed class StringFunctionsTests
{
    private readonly Builtins _builtins = new();

    [Theory]
    [InlineData("string.append", "Hello World", "Hello", " World")]
    [InlineData("string.append", " World", null, " World")]
    [InlineData("string.prepend", "Hello World", "World", "Hello ")]
    [InlineData("string.capitalize", "Test", "test")]
    [InlineData("string.capitalizewords", "This Is  Easy", "this is  easy")]
    [InlineData("string.downcase", "test", "TeSt")]
    [InlineData("string.upcase", "TEST", "test")]
    [InlineData("string.handleize", "100-m-ms", "100% M & Ms!!!")]
    [InlineData("string.lstrip", "too many  ", "  too many  ")]
    [InlineData("string.rstrip", "  too many", "  too many  ")]
    [InlineData("string.strip", "too many", "  too many  ")]
    [InlineData("string.strip_newlines", "a string. With another string", "a string.\r\n With \nanother \rstring")]
    [InlineData("string.pad_left", "     world", "world", 10)]
    [InlineData("string.pad_right", "hello     ", "hello", 10)]
    [InlineData("string.remove", "Hello, . Goodbye, .", "Hello, world. Goodbye, world.", "world")]
    [InlineData("string.remove_first", "Hello, . Goodbye, world.", "Hello, world. Goodbye, world.", "world")]
    [InlineData("string.remove_last", "Hello, world. Goodbye, .", "Hello, world. Goodbye, world.", "world")]
    [InlineData("string.replace", "Hello, buddy. Goodbye, buddy.", "Hello, world. Goodbye, world.", "world", "buddy")]
    [InlineData("string.replace", "", null, "world", "buddy")]
    [InlineData("string.replace_first", "Hello, buddy. Goodbye, world.", "Hello, world. Goodbye, world.", "WORLD", "buddy")]
    [InlineData("string.escape", "Hel\\tlo\\n\\\"W\\\\orld\\x01", "Hel\tlo\n\"W\\orld\u0001")]
    [InlineData("string.literal", "\"Hello\\n\\\"World\\\"\"", "Hello\n\"World\"")]
    [InlineData("string.truncate", "The cat ca...", "The cat came back the very next day", 13)]
    [InlineData("string.truncate", "short", "short", 13)]
    [InlineData("string.truncate", "...", "a long sentence", 2)]
    [InlineData("string.truncatewords", "The cat came back...", "The cat came back the very next day", 4)]
    [InlineData("string.md5", "098f6bcd4621d373cade4e832627b4f6", "test")]
    [InlineData("string.sha1", "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3", "test")]
    [InlineData("string.sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "test")]
    [InlineData("string.hmac_sha1", "1aa349585ed7ecbd3b9c486a30067e395ca4b356", "test", "secret")]
    [InlineData("string.hmac_sha256", "0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914", "test", "secret")]
    [InlineData("string.base64_encode", "aGVsbG8=", "hello")]
    [InlineData("string.base64_decode", "hello", "aGVsbG8=")]
    [InlineData("string.pluralize", "products", 7, "product", "products")]
    [InlineData("string.pluralize", "product", 1, "product", "products")]
    public void Text_functions_return_the_expected_text(string function, string expected, params object?[] arguments)
    {
        Assert.Equal(expected, _builtins.Call(function, arguments));
    }

    [Theory]
    [InlineData("string.contains", true, "This is easy", "easy")]
    [InlineData("string.contains", false, null, "easy")]
    [InlineData("string.starts_with", true, "This is easy", "This")]
    [InlineData("string.starts_with", false, "This is easy", "")]
    [InlineData("string.ends_with", true, "This is easy", "easy")]
    [InlineData("string.empty", true, "")]
    [InlineData("string.empty", false, " ")]
    [InlineData("string.whitespace", true, " \t")]
    [InlineData("string.equals_ignore_case", true, "Scriban", "SCRIBAN")]
    [InlineData("string.equals_ignore_case", false, null, "SCRIBAN")]
    public void Tests_return_booleans(string function, bool expected, params object?[] arguments)
    {
        Assert.Equal(expected, _builtins.Call(function, arguments));
    }

    [Theory]
    [InlineData("string.capitalize", "")]
    [InlineData("string.capitalizewords", "")]
    [InlineData("string.handleize", "")]
    [InlineData("string.size", 0)]
    [InlineData("string.empty", true)]
    [InlineData("string.whitespace", true)]
    [InlineData("string.strip", null)]
    [InlineData("string.upcase", null)]
    [InlineData("string.md5", "d41d8cd98f00b204e9800998ecf8427e")]
    public void A_null_text_reads_as_empty_or_stays_null(string function, object? expected)
    {
        Assert.Equal(expected, _builtins.Call(function, [null]));
    }

    [Theory]
    [InlineData("hello", 0, null, "hello")]
    [InlineData("hello", 1, null, "ello")]
    [InlineData("hello", 1, 3, "ell")]
    [InlineData("hello", -2, null, "lo")]
    [InlineData("hello", -7, 3, "h")]
    [InlineData("hello", 9, null, "")]
    [InlineData(null, 0, 2, "")]
    public void Slice_counts_from_the_end_for_a_negative_start(string? text, int start, int? length, string expected)
    {
        var arguments = length is null ? new object?[] { text, start } : [text, start, length];

        Assert.Equal(expected, _builtins.Call("string.slice", arguments));
    }

    [Theory]
    [InlineData(0, null, "h")]
    [InlineData(1, 3, "ell")]
    [InlineData(-1, null, "o")]
    [InlineData(1, 0, "")]
    public void Slice1_takes_one_character_unless_told_otherwise(int start, int? length, string expected)
    {
        var arguments = length is null ? new object?[] { "hello", start } : ["hello", start, length];

        Assert.Equal(expected, _builtins.Call("string.slice1", arguments));
    }

    [Fact]
    public void Named_length_works_as_a_positional_one()
    {
        Assert.Equal("ell", _builtins.CallNamed("string.slice", ["hello", 1], ("length", 3)));
    }

    [Fact]
    public void Split_drops_empty_items()
    {
        var parts = _builtins.Call("string.split", "Hi,, how are you", ",");

        Assert.Equal("[\"Hi\", \" how are you\"]", _builtins.Text(parts));
    }

    [Fact]
    public void Split_on_nothing_splits_on_whitespace()
    {
        var parts = _builtins.Call("string.split", "Hi  how\tare", "");

        Assert.Equal("[\"Hi\", \"how\", \"are\"]", _builtins.Text(parts));
    }

    [Theory]
    [InlineData("string.to_int", "123", 123)]
    [InlineData("string.to_long", "123678912345678", 123678912345678L)]
    [InlineData("string.to_double", "123.4", 123.4)]
    [InlineData("string.to_float", "123.4", 123.4f)]
    [InlineData("string.to_int", "abc", null)]
    public void Number_conversions_give_null_for_text_that_is_not_a_number(string function, string text, object? expected)
    {
        Assert.Equal(expected, _builtins.Call(function, text));
    }

    [Fact]
    public void Number_conversions_read_the_render_culture()
    {
        var french = new Builtins("fr-FR");

        Assert.Equal(1234.5, french.Call("string.to_double", "1234,5"));
    }

    [Theory]
    [InlineData("hello world", "o", null, null, 4)]
    [InlineData("hello world", "o", 5, null, 7)]
    [InlineData("hello world", "O", null, "OrdinalIgnoreCase", 4)]
    [InlineData("hello world", "z", null, null, -1)]
    public void Index_of_searches_from_a_start_with_a_comparison(string text, string search, int? start, string? comparison, int expected)
    {
        Assert.Equal(expected, _builtins.CallNamed("string.index_of", [text, search], ("start_index", start), ("string_comparison", comparison)));
    }

    [Fact]
    public void Missing_text_argument_is_reported_with_the_function_name()
    {
        var error = Assert.Throws<Runtime.ScriptRuntimeException>(() => _builtins.Call("string.slice"));

        Assert.Equal("Invalid number of arguments `0` passed to `string.slice` while expecting `2` arguments", error.OriginalMessage);
    }

    [Fact]
    public void Padding_beyond_the_string_limit_is_refused()
    {
        var error = Assert.Throws<Runtime.ScriptRuntimeException>(() => _builtins.Call("string.pad_left", "x", 2_000_000_000));

        Assert.Equal("The width `2000000000` exceeds the limit of `1048576` characters of a string", error.OriginalMessage);
    }
}
