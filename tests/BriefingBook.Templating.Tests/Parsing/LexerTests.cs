using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Tests.Parsing;

public sealed class LexerTests
{
    private static List<(TokenType Type, string Text)> Lex(string text, LexerOptions? options = null)
    {
        var lexer = new Lexer(text, "test", options);
        return lexer.Tokenize().Select(token => (token.Type, token.GetText(text))).ToList();
    }

    private static List<TokenType> Types(string text) => Lex(text).Select(token => token.Type).ToList();

    [Fact]
    public void Text_and_code_blocks_alternate()
    {
        Assert.Equal(
            [TokenType.Raw, TokenType.CodeEnter, TokenType.Identifier, TokenType.CodeExit, TokenType.Raw, TokenType.Eof],
            Types("Hello {{ name }}!"));
    }

    [Fact]
    public void Greedy_whitespace_control_trims_newlines_on_both_sides()
    {
        var tokens = Lex("a \n {{- x -}} \n b");
        Assert.Equal("a", tokens[0].Text);
        Assert.Contains(tokens, token => token.Type == TokenType.WhitespaceFull && token.Text == " \n ");
        Assert.Equal("b", tokens.Last(token => token.Type == TokenType.Raw).Text);
    }

    [Fact]
    public void Line_whitespace_control_keeps_the_previous_newline_and_eats_the_next_one()
    {
        var tokens = Lex("a\n  {{~ x ~}}  \nb");
        Assert.Equal("a\n", tokens[0].Text);
        Assert.Equal("b", tokens.Last(token => token.Type == TokenType.Raw).Text);
    }

    [Fact]
    public void Operators_take_the_longest_match()
    {
        Assert.Equal(
            [TokenType.CodeEnter, TokenType.DoubleDotLess, TokenType.DoubleDot, TokenType.TripleDot, TokenType.DoubleQuestion,
             TokenType.QuestionDot, TokenType.QuestionExclamation, TokenType.DoubleDivideEqual, TokenType.PipeGreater, TokenType.CodeExit, TokenType.Eof],
            Types("{{..< .. ... ?? ?. ?! //= |>}}"));
    }

    [Theory]
    [InlineData("42", TokenType.Integer)]
    [InlineData("1_000", TokenType.Integer)]
    [InlineData("1e10", TokenType.Integer)]
    [InlineData("2.5", TokenType.Float)]
    [InlineData("3f", TokenType.Float)]
    [InlineData("0xFFu", TokenType.HexaInteger)]
    [InlineData("0b1010", TokenType.BinaryInteger)]
    [InlineData("\"text\"", TokenType.String)]
    [InlineData("`verbatim`", TokenType.VerbatimString)]
    [InlineData("$x", TokenType.IdentifierSpecial)]
    [InlineData("$$", TokenType.IdentifierSpecial)]
    public void Literals_have_their_kind(string code, TokenType expected)
    {
        var tokens = Lex("{{" + code + "}}");
        Assert.Equal(expected, tokens[1].Type);
        Assert.Equal(code, tokens[1].Text);
    }

    [Fact]
    public void A_range_after_an_integer_is_not_a_float()
    {
        Assert.Equal([TokenType.CodeEnter, TokenType.Integer, TokenType.DoubleDot, TokenType.Integer, TokenType.CodeExit, TokenType.Eof], Types("{{1..5}}"));
    }

    [Fact]
    public void Interpolated_strings_split_around_their_expressions()
    {
        Assert.Equal(
            [TokenType.CodeEnter, TokenType.BeginInterpolatedString, TokenType.OpenInterpolatedBrace, TokenType.Identifier,
             TokenType.CloseInterpolatedBrace, TokenType.EndingInterpolatedString, TokenType.CodeExit, TokenType.Eof],
            Types("{{ $\"a {b} c\" }}"));
    }

    [Fact]
    public void Braces_of_an_object_do_not_close_the_code_block()
    {
        var types = Types("{{ {a: {b: 1}} }}");
        Assert.Equal(2, types.Count(type => type == TokenType.CloseBrace));
        Assert.Equal(TokenType.CodeExit, types[^2]);
    }

    [Fact]
    public void Escape_blocks_keep_their_content_as_text()
    {
        var tokens = Lex("{%%{ {{ x }} }%} }%%}");
        Assert.Equal(TokenType.EscapeEnter, tokens[0].Type);
        Assert.Equal((TokenType.Escape, " {{ x }} }%} "), tokens[1]);
        Assert.Equal(TokenType.EscapeExit, tokens[2].Type);
    }

    [Fact]
    public void Comments_end_at_the_line_or_at_the_block_exit()
    {
        Assert.Equal([TokenType.CodeEnter, TokenType.Comment, TokenType.CodeExit, TokenType.Eof], Types("{{ # note }}"));
        Assert.Equal([TokenType.CodeEnter, TokenType.CommentMulti, TokenType.Identifier, TokenType.CodeExit, TokenType.Eof], Types("{{ ## a\nb ## x }}"));
    }

    [Fact]
    public void Positions_are_zero_based_lines_and_columns()
    {
        var lexer = new Lexer("ab\n{{ x }}", "test");
        var identifier = lexer.Tokenize().First(token => token.Type == TokenType.Identifier);
        Assert.Equal(new TextPosition(6, 1, 3), identifier.Start);
    }

    [Fact]
    public void An_unterminated_string_is_reported_not_thrown()
    {
        var lexer = new Lexer("{{ \"open", "test");
        _ = lexer.Tokenize().ToList();
        var error = Assert.Single(lexer.Errors);
        Assert.Equal("test(1,8) : error : Unexpected end of file while parsing a string not terminated by a \"", error.ToString());
    }

    [Fact]
    public void Script_only_mode_needs_no_delimiters()
    {
        Assert.Equal([TokenType.Identifier, TokenType.Equal, TokenType.Integer, TokenType.Eof], Types2("x = 1"));

        static List<TokenType> Types2(string text) =>
            new Lexer(text, "test", new LexerOptions { Mode = ScriptMode.ScriptOnly }).Tokenize().Select(token => token.Type).ToList();
    }
}
