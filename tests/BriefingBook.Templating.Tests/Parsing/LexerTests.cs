using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Tests.Parsing;

/// <summary>Text, code and escape blocks, whitespace control, positions, and how errors end the stream.</summary>
public sealed class LexerTests
{
    [Fact]
    public void Text_and_code_blocks_alternate()
    {
        Assert.Equal(
            [(TokenType.Raw, "Hello "), (TokenType.CodeEnter, "{{"), (TokenType.Identifier, "name"), (TokenType.CodeExit, "}}"),
             (TokenType.Raw, "!"), (TokenType.Eof, "<EOF>")],
            Lexed.Tokens("Hello {{ name }}!"));
    }

    [Fact]
    public void A_lone_brace_or_percent_in_text_is_text()
    {
        Assert.Equal([(TokenType.Raw, "a { b %} c }} d {%x"), (TokenType.Eof, "<EOF>")], Lexed.Tokens("a { b %} c }} d {%x"));
    }

    [Fact]
    public void Greedy_whitespace_control_trims_newlines_on_both_sides()
    {
        Assert.Equal(
            [(TokenType.Raw, "a"), (TokenType.WhitespaceFull, " \n "), (TokenType.CodeEnter, "{{-"), (TokenType.Identifier, "x"),
             (TokenType.CodeExit, "-}}"), (TokenType.WhitespaceFull, " \n "), (TokenType.Raw, "b"), (TokenType.Eof, "<EOF>")],
            Lexed.Tokens("a \n {{- x -}} \n b"));
    }

    [Fact]
    public void Line_whitespace_control_keeps_the_previous_newline_and_eats_the_next_one()
    {
        Assert.Equal(
            [(TokenType.Raw, "a\n"), (TokenType.Whitespace, "  "), (TokenType.CodeEnter, "{{~"), (TokenType.Identifier, "x"),
             (TokenType.CodeExit, "~}}"), (TokenType.Whitespace, "  \n"), (TokenType.Raw, "\nb"), (TokenType.Eof, "<EOF>")],
            Lexed.Tokens("a\n  {{~ x ~}}  \n\nb"));
    }

    [Fact]
    public void Text_that_is_all_trimmed_leaves_only_its_whitespace_token()
    {
        Assert.Equal([TokenType.WhitespaceFull, TokenType.CodeEnter, TokenType.CodeExit, TokenType.Eof], Lexed.Types(" \n\t{{-}}"));
        Assert.Equal([TokenType.Whitespace, TokenType.CodeEnter, TokenType.CodeExit, TokenType.Eof], Lexed.Types("  {{~}}"));
    }

    [Fact]
    public void Without_whitespace_control_spaces_stay_in_the_text()
    {
        Assert.Equal((TokenType.Raw, "a  "), Lexed.Tokens("a  {{ x }}  b")[0]);
        Assert.Equal((TokenType.Raw, "  b"), Lexed.Tokens("a  {{ x }}  b")[^2]);
    }

    [Fact]
    public void Escape_blocks_keep_their_content_as_text()
    {
        Assert.Equal(
            [(TokenType.EscapeEnter, "{%%{"), (TokenType.Escape, " {{ x }} }%} "), (TokenType.EscapeExit, "}%%}"), (TokenType.Eof, "<EOF>")],
            Lexed.Tokens("{%%{ {{ x }} }%} }%%}"));
    }

    [Fact]
    public void An_empty_escape_block_has_no_text_token()
    {
        Assert.Equal([TokenType.EscapeEnter, TokenType.EscapeExit, TokenType.Raw, TokenType.Eof], Lexed.Types("{%{}%}x"));
    }

    [Fact]
    public void An_escape_block_closer_may_trim_the_whitespace_after_it()
    {
        Assert.Equal(
            [(TokenType.EscapeEnter, "{%{"), (TokenType.Escape, " a "), (TokenType.EscapeExit, "-}%}"), (TokenType.WhitespaceFull, " \n"),
             (TokenType.Raw, "b"), (TokenType.Eof, "<EOF>")],
            Lexed.Tokens("{%{ a -}%} \nb"));
    }

    [Fact]
    public void A_NUL_character_in_text_is_ordinary_text()
    {
        Assert.Equal([(TokenType.Raw, "a\0b"), (TokenType.Eof, "<EOF>")], Lexed.Tokens("a\0b"));
    }

    [Fact]
    public void Positions_are_zero_based_lines_and_columns()
    {
        var identifier = new Lexer("ab\n{{ x }}", "test").Tokenize().First(token => token.Type == TokenType.Identifier);
        Assert.Equal(new TextPosition(6, 1, 3), identifier.Start);
        Assert.Equal(new TextPosition(6, 1, 3), identifier.End);
    }

    [Fact]
    public void A_carriage_return_line_feed_is_one_line_break_and_a_lone_carriage_return_is_one_too()
    {
        var tokens = new Lexer("a\r\nb\rc{{x}}", "test").Tokenize().ToList();
        Assert.Equal(new TextPosition(8, 2, 3), tokens.Single(token => token.Type == TokenType.Identifier).Start);
    }

    [Fact]
    public void The_end_token_sits_past_the_text_on_the_line_and_column_of_the_last_character()
    {
        var end = new Lexer("ab\ncd", "test").Tokenize().Last();
        Assert.Equal(new Token(TokenType.Eof, new TextPosition(5, 1, 1), new TextPosition(5, 1, 1)), end);
        Assert.Equal(new Token(TokenType.Eof, TextPosition.Start, TextPosition.Start), new Lexer("", "test").Tokenize().Single());
    }

    [Fact]
    public void The_first_error_ends_the_stream_with_an_invalid_token_at_its_place()
    {
        var lexer = new Lexer("{{ 1e }} x {{ y }}", "test");
        var tokens = lexer.Tokenize().ToList();
        Assert.Equal([TokenType.CodeEnter, TokenType.Invalid], tokens.Select(token => token.Type));
        Assert.Equal(new TextPosition(5, 0, 5), lexer.Current.Start);
        Assert.False(lexer.MoveNext());
        Assert.True(lexer.HasErrors);
    }

    [Fact]
    public void Nothing_follows_the_end_token()
    {
        var lexer = new Lexer("x", "test");
        Assert.True(lexer.MoveNext());
        Assert.True(lexer.MoveNext());
        Assert.Equal(TokenType.Eof, lexer.Current.Type);
        Assert.False(lexer.MoveNext());
        Assert.Equal(TokenType.Eof, lexer.Current.Type);
    }

    [Fact]
    public void Script_only_mode_needs_no_delimiters()
    {
        Assert.Equal(
            [TokenType.Identifier, TokenType.Equal, TokenType.Integer, TokenType.NewLine, TokenType.Identifier, TokenType.Eof],
            Lexed.Types("x = 1\ny", Lexed.ScriptOnly));
    }

    [Fact]
    public void Script_only_mode_has_no_closing_delimiter()
    {
        Assert.Equal("test(1,3) : error : Unexpected } while no matching {", Lexed.Error("x }} y", Lexed.ScriptOnly));
        Assert.Equal([(TokenType.Comment, "# a }} b"), (TokenType.Eof, "<EOF>")], Lexed.Tokens("# a }} b", Lexed.ScriptOnly));
    }

    [Fact]
    public void The_source_name_and_options_are_kept()
    {
        var lexer = new Lexer("x", null, Lexed.Liquid);
        Assert.Equal("<input>", lexer.SourcePath);
        Assert.Same(Lexed.Liquid, lexer.Options);
        Assert.Equal("x", lexer.Text);
        Assert.Same(LexerOptions.Default, new Lexer("x").Options);
    }
}
