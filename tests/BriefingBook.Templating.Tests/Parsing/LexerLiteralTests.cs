using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Tests.Parsing;

/// <summary>Numbers, strings and interpolated strings.</summary>
public sealed class LexerLiteralTests
{
    [Theory]
    [InlineData("42", TokenType.Integer)]
    [InlineData("1_000", TokenType.Integer)]
    [InlineData("1e10", TokenType.Integer)]
    [InlineData("2E-3", TokenType.Integer)]
    [InlineData("2.5", TokenType.Float)]
    [InlineData("2.5e+3", TokenType.Float)]
    [InlineData("1.e3", TokenType.Float)]
    [InlineData("3f", TokenType.Float)]
    [InlineData("3.5M", TokenType.Float)]
    [InlineData("1.d", TokenType.Float)]
    [InlineData("0xFFu", TokenType.HexaInteger)]
    [InlineData("0x1_F", TokenType.HexaInteger)]
    [InlineData("0b1010", TokenType.BinaryInteger)]
    [InlineData("0b1_0U", TokenType.BinaryInteger)]
    [InlineData("\"text\"", TokenType.String)]
    [InlineData("'it\\'s'", TokenType.String)]
    [InlineData("\"a {b}\"", TokenType.String)]
    [InlineData("`verbatim`", TokenType.VerbatimString)]
    [InlineData("`a``b`", TokenType.VerbatimString)]
    [InlineData("$\"no holes\"", TokenType.InterpolatedString)]
    public void Literals_have_their_kind(string code, TokenType expected)
    {
        Assert.Equal([(expected, code)], Lexed.Code(code));
    }

    [Fact]
    public void A_range_after_an_integer_is_not_a_float()
    {
        Assert.Equal([TokenType.Integer, TokenType.DoubleDot, TokenType.Integer], Lexed.Code("1..5").Select(token => token.Type));
    }

    [Fact]
    public void A_dot_before_a_name_is_member_access_not_a_fraction()
    {
        Assert.Equal([(TokenType.Integer, "1"), (TokenType.Dot, "."), (TokenType.Identifier, "size")], Lexed.Code("1.size"));
    }

    [Fact]
    public void A_dot_before_a_space_ends_a_float()
    {
        Assert.Equal([(TokenType.Float, "1.")], Lexed.Code("1. "));
    }

    [Fact]
    public void A_suffix_followed_by_name_letters_is_a_name()
    {
        Assert.Equal([(TokenType.Integer, "3"), (TokenType.Identifier, "fx")], Lexed.Code("3fx"));
        Assert.Equal([(TokenType.HexaInteger, "0x1"), (TokenType.Identifier, "uv")], Lexed.Code("0x1uv"));
    }

    [Fact]
    public void Only_a_lower_case_prefix_makes_a_hex_or_binary_number()
    {
        Assert.Equal([(TokenType.Integer, "0"), (TokenType.Identifier, "X1")], Lexed.Code("0X1"));
    }

    [Theory]
    [InlineData("{{ 1e }}", "test(1,6) : error : Expecting at least one digit after the exponent")]
    [InlineData("{{ 2e+x }}", "test(1,7) : error : Expecting at least one digit after the exponent")]
    [InlineData("{{ 0x }}", "test(1,4) : error : Invalid hex number, expecting at least a hex digit [0-9a-fA-F] after 0x")]
    [InlineData("{{ 0x_ }}", "test(1,4) : error : Invalid hex number, expecting at least a hex digit [0-9a-fA-F] after 0x")]
    [InlineData("{{ 0b2 }}", "test(1,4) : error : Invalid binary number, expecting at least a binary digit 0 or 1 after 0b")]
    public void Malformed_numbers_are_reported(string text, string error)
    {
        Assert.Equal(error, Lexed.Error(text));
    }

    [Fact]
    public void Every_documented_escape_is_accepted()
    {
        var code = "\"\\0 \\' \\\" \\\\ \\b \\f \\n \\r \\t \\v \\u00B1 \\x41 \\\n \\\r\n\"";
        Assert.Equal([(TokenType.String, code)], Lexed.Code(code));
    }

    [Theory]
    [InlineData("{{ \"a\\qb\" }}", "test(1,7) : error : Unexpected escape character `q` in string. Only 0 ' \\ \" b f n r t v u0000-uFFFF x00-xFF are allowed")]
    [InlineData("{{ \"a\\{b\" }}", "test(1,7) : error : Unexpected escape character `{` in string. Only 0 ' \\ \" b f n r t v u0000-uFFFF x00-xFF are allowed")]
    [InlineData("{{ 'a\\u12G4' }}", "test(1,10) : error : Unexpected hex number `G` following `\\u`. Expecting `\\u0000` to `\\uffff`.")]
    [InlineData("{{ 'a\\x4z' }}", "test(1,9) : error : Unexpected hex number `z` following `\\x`. Expecting `\\x00` to `\\xff`")]
    [InlineData("{{ \"open", "test(1,8) : error : Unexpected end of file while parsing a string not terminated by a \"")]
    [InlineData("{{ 'open\\'", "test(1,10) : error : Unexpected end of file while parsing a string not terminated by a '")]
    [InlineData("{{ `open``", "test(1,10) : error : Unexpected end of file while parsing a verbatim string not terminated by a `")]
    [InlineData("{{ $\"a{x}b", "test(1,10) : error : Unexpected end of file while parsing a string not terminated by a \"")]
    public void Malformed_strings_are_reported(string text, string error)
    {
        Assert.Equal(error, Lexed.Error(text));
    }

    [Fact]
    public void Only_ascii_hex_digits_follow_a_unicode_escape()
    {
        Assert.Equal(
            "test(1,6) : error : Unexpected hex number `\u0663` following `\\u`. Expecting `\\u0000` to `\\uffff`.",
            Lexed.Error("{{'\\u\u0663\u0663\u0663\u0663'}}"));
    }

    [Fact]
    public void Only_ascii_hex_digits_make_a_hex_number()
    {
        Assert.Equal(
            "test(1,3) : error : Invalid hex number, expecting at least a hex digit [0-9a-fA-F] after 0x",
            Lexed.Error("{{0x\u0663}}"));
    }

    [Fact]
    public void Interpolated_strings_split_around_their_expressions()
    {
        Assert.Equal(
            [(TokenType.BeginInterpolatedString, "$\"a "), (TokenType.OpenInterpolatedBrace, "{"), (TokenType.Identifier, "b"),
             (TokenType.CloseInterpolatedBrace, "}"), (TokenType.ContinuationInterpolatedString, " c "), (TokenType.OpenInterpolatedBrace, "{"),
             (TokenType.Integer, "1"), (TokenType.CloseInterpolatedBrace, "}"), (TokenType.EndingInterpolatedString, "\"")],
            Lexed.Code("$\"a {b} c {1}\""));
    }

    [Fact]
    public void An_object_inside_a_hole_keeps_its_braces()
    {
        Assert.Equal(
            [TokenType.BeginInterpolatedString, TokenType.OpenInterpolatedBrace, TokenType.OpenBrace, TokenType.Identifier,
             TokenType.Colon, TokenType.Integer, TokenType.CloseBrace, TokenType.Dot, TokenType.Identifier,
             TokenType.CloseInterpolatedBrace, TokenType.EndingInterpolatedString],
            Lexed.Code("$'{{a: 1}.a}'").Select(token => token.Type));
    }

    [Fact]
    public void Interpolated_strings_nest()
    {
        Assert.Equal(
            [(TokenType.BeginInterpolatedString, "$\"<"), (TokenType.OpenInterpolatedBrace, "{"), (TokenType.BeginInterpolatedString, "$'"),
             (TokenType.OpenInterpolatedBrace, "{"), (TokenType.Identifier, "x"), (TokenType.CloseInterpolatedBrace, "}"),
             (TokenType.EndingInterpolatedString, "!'"), (TokenType.CloseInterpolatedBrace, "}"), (TokenType.EndingInterpolatedString, ">\"")],
            Lexed.Code("$\"<{$'{x}!'}>\""));
    }

    [Fact]
    public void An_escaped_brace_does_not_open_a_hole()
    {
        Assert.Equal([(TokenType.InterpolatedString, "$\"\\{x}\"")], Lexed.Code("$\"\\{x}\""));
    }

    [Fact]
    public void An_empty_part_between_holes_ends_just_before_it_starts()
    {
        var tokens = new Lexer("{{$'{a}{b}'}}", "test").Tokenize().ToList();
        var between = tokens.Single(token => token.Type == TokenType.ContinuationInterpolatedString);
        Assert.Equal(new TextPosition(7, 0, 7), between.Start);
        Assert.Equal(new TextPosition(6, 0, 6), between.End);
        Assert.Equal(string.Empty, between.GetText("{{$'{a}{b}'}}"));
    }

    [Fact]
    public void The_closer_inside_a_hole_belongs_to_the_expression()
    {
        Assert.Equal(
            [TokenType.CodeEnter, TokenType.BeginInterpolatedString, TokenType.OpenInterpolatedBrace, TokenType.Identifier,
             TokenType.CloseInterpolatedBrace, TokenType.ContinuationInterpolatedString, TokenType.OpenInterpolatedBrace,
             TokenType.Identifier, TokenType.CloseInterpolatedBrace, TokenType.EndingInterpolatedString, TokenType.CodeExit, TokenType.Eof],
            Lexed.Types("{{$'{a}}}{b}'}}"));
    }
}
