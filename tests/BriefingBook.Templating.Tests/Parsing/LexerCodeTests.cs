using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Tests.Parsing;

/// <summary>Operators, names, new lines, comments and braces inside code, and Liquid's tags.</summary>
public sealed class LexerCodeTests
{
    public static TheoryData<TokenType> Punctuators() =>
    [
        TokenType.SemiColon, TokenType.Colon, TokenType.Arroba, TokenType.Comma, TokenType.OpenParen, TokenType.CloseParen,
        TokenType.OpenBracket, TokenType.CloseBracket, TokenType.Caret, TokenType.DoubleCaret, TokenType.Asterisk,
        TokenType.AsteriskEqual, TokenType.Divide, TokenType.DivideEqual, TokenType.DoubleDivide, TokenType.DoubleDivideEqual,
        TokenType.Plus, TokenType.PlusEqual, TokenType.DoublePlus, TokenType.Minus, TokenType.MinusEqual, TokenType.DoubleMinus,
        TokenType.Percent, TokenType.PercentEqual, TokenType.Amp, TokenType.DoubleAmp, TokenType.Question, TokenType.DoubleQuestion,
        TokenType.QuestionDot, TokenType.QuestionExclamation, TokenType.VerticalBar, TokenType.DoubleVerticalBar, TokenType.PipeGreater,
        TokenType.Dot, TokenType.DoubleDot, TokenType.DoubleDotLess, TokenType.TripleDot, TokenType.Exclamation,
        TokenType.ExclamationEqual, TokenType.Equal, TokenType.DoubleEqual, TokenType.Less, TokenType.LessEqual,
        TokenType.DoubleLessThan, TokenType.Greater, TokenType.GreaterEqual, TokenType.DoubleGreaterThan,
    ];

    [Theory]
    [MemberData(nameof(Punctuators))]
    public void Each_operator_is_read_from_its_spelling(TokenType type)
    {
        Assert.Equal([(type, type.ToText())], Lexed.Code(" " + type.ToText() + " "));
    }

    [Fact]
    public void Operators_take_the_longest_match()
    {
        Assert.Equal(
            [(TokenType.DoubleDivideEqual, "//="), (TokenType.DoubleLessThan, "<<"), (TokenType.Equal, "="), (TokenType.DoublePlus, "++"),
             (TokenType.Equal, "="), (TokenType.TripleDot, "..."), (TokenType.Dot, "."), (TokenType.QuestionDot, "?."),
             (TokenType.DoubleDotLess, "..<"), (TokenType.Less, "<")],
            Lexed.Code("//=<<=++=....?...<<"));
    }

    [Fact]
    public void A_character_of_no_token_is_invalid_but_not_an_error()
    {
        var lexer = new Lexer("{{ \\ ~ }}", "test");
        Assert.Equal([TokenType.CodeEnter, TokenType.Invalid, TokenType.Invalid, TokenType.CodeExit, TokenType.Eof], lexer.Tokenize().Select(token => token.Type));
        Assert.False(lexer.HasErrors);
    }

    [Theory]
    [InlineData("name", TokenType.Identifier)]
    [InlineData("_a1", TokenType.Identifier)]
    [InlineData("données", TokenType.Identifier)]
    [InlineData("$", TokenType.IdentifierSpecial)]
    [InlineData("$x", TokenType.IdentifierSpecial)]
    [InlineData("$0", TokenType.IdentifierSpecial)]
    [InlineData("$$", TokenType.IdentifierSpecial)]
    public void Names_have_their_kind(string code, TokenType expected)
    {
        Assert.Equal([(expected, code)], Lexed.Code(code));
    }

    [Fact]
    public void A_double_dollar_ends_the_name()
    {
        Assert.Equal([(TokenType.IdentifierSpecial, "$$"), (TokenType.Identifier, "x")], Lexed.Code("$$x"));
    }

    [Fact]
    public void Names_hold_dashes_in_Liquid_only()
    {
        Assert.Equal([(TokenType.Identifier, "a"), (TokenType.Minus, "-"), (TokenType.Identifier, "b")], Lexed.Code("a-b"));
        Assert.Equal([(TokenType.Identifier, "a-b")], Lexed.Code("a-b", Lexed.Liquid));
    }

    [Fact]
    public void Liquid_has_no_special_names_and_no_interpolated_strings()
    {
        Assert.Equal([(TokenType.Invalid, "$"), (TokenType.Identifier, "x")], Lexed.Code("$x", Lexed.Liquid));
        Assert.Equal([(TokenType.Invalid, "$"), (TokenType.String, "'a'")], Lexed.Code("$'a'", Lexed.Liquid));
    }

    [Fact]
    public void A_line_break_and_the_blank_lines_after_it_make_one_new_line()
    {
        Assert.Equal(
            [(TokenType.Identifier, "a"), (TokenType.NewLine, "\r\n"), (TokenType.Identifier, "b"), (TokenType.NewLine, "\n"), (TokenType.Identifier, "c")],
            Lexed.Code("a\r\n\n  \r\n b\n\t\nc"));
    }

    [Fact]
    public void Comments_end_at_the_line_or_at_the_block_exit()
    {
        Assert.Equal([(TokenType.Comment, "# note ")], Lexed.Code(" # note "));
        Assert.Equal([(TokenType.Comment, "# a"), (TokenType.NewLine, "\n"), (TokenType.Identifier, "b")], Lexed.Code("# a\nb"));
        Assert.Equal([(TokenType.CommentMulti, "## a\nb ##"), (TokenType.Identifier, "x")], Lexed.Code("## a\nb ## x"));
        Assert.Equal([(TokenType.CommentMulti, "## open ")], Lexed.Code("## open "));
    }

    [Fact]
    public void A_comment_stops_before_a_closer_with_whitespace_control()
    {
        Assert.Equal(
            [TokenType.CodeEnter, TokenType.Comment, TokenType.CodeExit, TokenType.WhitespaceFull, TokenType.Raw, TokenType.Eof],
            Lexed.Types("{{ # note -}} \nx"));
    }

    [Fact]
    public void Braces_of_an_object_do_not_close_the_code_block()
    {
        Assert.Equal(
            [TokenType.OpenBrace, TokenType.Identifier, TokenType.Colon, TokenType.OpenBrace, TokenType.Identifier, TokenType.Colon,
             TokenType.Integer, TokenType.CloseBrace, TokenType.CloseBrace],
            Lexed.Code(" {a: {b: 1}} ").Select(token => token.Type));
    }

    [Fact]
    public void A_closing_brace_without_its_opening_one_is_reported()
    {
        var lexer = new Lexer("{{ x } }}", "test");
        Assert.Equal([TokenType.CodeEnter, TokenType.Identifier, TokenType.CloseBrace], lexer.Tokenize().Select(token => token.Type));
        Assert.Equal("test(1,6) : error : Unexpected } while no matching {", Assert.Single(lexer.Errors).ToString());
    }

    [Fact]
    public void Liquid_tags_and_outputs_have_their_own_delimiters()
    {
        Assert.Equal(
            [(TokenType.LiquidTagEnter, "{%-"), (TokenType.Identifier, "if"), (TokenType.Identifier, "x"), (TokenType.LiquidTagExit, "-%}"),
             (TokenType.CodeEnter, "{{"), (TokenType.Identifier, "y"), (TokenType.CodeExit, "}}"), (TokenType.Eof, "<EOF>")],
            Lexed.Tokens("{%- if x -%}{{ y }}", Lexed.Liquid));
    }

    [Fact]
    public void Liquid_knows_no_tilde_control()
    {
        Assert.Equal(
            [(TokenType.Raw, "a "), (TokenType.CodeEnter, "{{"), (TokenType.Invalid, "~"), (TokenType.Identifier, "x"),
             (TokenType.Invalid, "~"), (TokenType.CodeExit, "}}"), (TokenType.Eof, "<EOF>")],
            Lexed.Tokens("a {{~x~}}", Lexed.Liquid));
    }

    [Fact]
    public void A_Liquid_raw_block_is_an_escape_block()
    {
        Assert.Equal(
            [(TokenType.Raw, "a"), (TokenType.EscapeEnter, "{%"), (TokenType.Escape, "{{ x }}{% if %}"), (TokenType.EscapeExit, "{%- endraw -%}"),
             (TokenType.Raw, "b"), (TokenType.Eof, "<EOF>")],
            Lexed.Tokens("a{% raw %}{{ x }}{% if %}{%- endraw -%}b", Lexed.Liquid));
    }

    [Fact]
    public void A_Liquid_comment_block_is_a_comment_in_a_code_block()
    {
        Assert.Equal(
            [(TokenType.CodeEnter, "{%"), (TokenType.CommentMulti, " {{ x }} "), (TokenType.CodeExit, "{% endcomment %}"), (TokenType.Eof, "<EOF>")],
            Lexed.Tokens("{%\tcomment\t%} {{ x }} {% endcomment %}", Lexed.Liquid));
    }

    [Fact]
    public void A_Liquid_raw_block_without_its_end_tag_leaves_an_open_tag()
    {
        Assert.Equal([(TokenType.LiquidTagEnter, "{%"), (TokenType.Eof, "<EOF>")], Lexed.Tokens("{% raw %} x {% end %}", Lexed.Liquid));
    }

    [Fact]
    public void Only_a_bare_raw_or_comment_tag_opens_a_Liquid_block()
    {
        Assert.Equal(
            [TokenType.LiquidTagEnter, TokenType.Identifier, TokenType.Identifier, TokenType.LiquidTagExit, TokenType.Eof],
            Lexed.Types("{% raw x %}", Lexed.Liquid));
    }
}
