using System.Numerics;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Tests.Parsing;

public sealed class LiteralParserTests
{
    private static object? ValueOf(string literal) =>
        Assert.IsType<ScriptLiteral>(new ParsedTemplate("{{ " + literal + " }}").SingleExpression()).Value;

    public static TheoryData<string, object> Numbers() => new()
    {
        { "42", 42 },
        { "1_000", 1000 },
        { "2147483648", 2147483648L },
        { "99999999999999999999", BigInteger.Parse("99999999999999999999") },
        { "0x7FFFFFFF", int.MaxValue },
        { "0xFFFFFFFF", -1 },
        { "0xFFFFFFFFu", 4294967295L },
        { "0x1_0000_0000", 4294967296L },
        { "0xFFFFFFFFFFFFFFFF", -1L },
        { "0xFFFFFFFFFFFFFFFFu", new BigInteger(ulong.MaxValue) },
        { "0x1FFFFFFFFFFFFFFFF", BigInteger.Parse("36893488147419103231") },
        { "0b101", 5 },
        { "0b11111111111111111111111111111111", -1 },
        { "0b1u", 1L },
        { "1.5", 1.5 },
        { "1.5f", 1.5f },
        { "1.5d", 1.5 },
        { "2.5m", 2.5m },
        { "1e3", 1000 },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void A_number_literal_takes_the_type_its_digits_and_suffix_call_for(string literal, object expected)
    {
        var value = ValueOf(literal);

        Assert.Equal(expected.GetType(), value!.GetType());
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("\"a\\tb\"", "a\tb", '"')]
    [InlineData("'it\\'s'", "it's", '\'')]
    [InlineData("\"\\u0041\\x42\"", "AB", '"')]
    [InlineData("\"\"", "", '"')]
    [InlineData("`C:\\path ``quoted```", "C:\\path `quoted`", '`')]
    public void A_string_keeps_its_quote_and_its_escapes_become_characters(string literal, string expected, char quote)
    {
        var parsed = Assert.IsType<ScriptLiteral>(new ParsedTemplate("{{ " + literal + " }}").SingleExpression());

        Assert.Equal(expected, parsed.Value);
        Assert.Equal(quote, parsed.Quote);
    }

    [Fact]
    public void An_interpolated_string_keeps_its_text_parts_without_quotes_or_braces()
    {
        var interpolated = Assert.IsType<ScriptInterpolatedStringExpression>(new ParsedTemplate("{{ $\"a\\n{x}b{y}\" }}").SingleExpression());

        var texts = interpolated.Parts.OfType<ScriptLiteral>().Select(part => part.Value);
        Assert.Equal(["a\n", "b", ""], texts);
    }

    [Theory]
    [InlineData("null", null)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Reserved_words_are_literals(string word, object? expected)
    {
        Assert.Equal(expected, ValueOf(word));
    }
}
