using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Tests.Parsing;

/// <summary>Runs the lexer over a text and shows its tokens the way the lexer tests compare them.</summary>
internal static class Lexed
{
    public static readonly LexerOptions Liquid = new() { Lang = ScriptLang.Liquid };

    public static readonly LexerOptions ScriptOnly = new() { Mode = ScriptMode.ScriptOnly };

    public static List<(TokenType Type, string Text)> Tokens(string text, LexerOptions? options = null) =>
        new Lexer(text, "test", options).Tokenize().Select(token => (token.Type, token.GetText(text))).ToList();

    public static List<TokenType> Types(string text, LexerOptions? options = null) =>
        Tokens(text, options).Select(token => token.Type).ToList();

    /// <summary>The tokens of <paramref name="code"/> inside one code block, without the delimiters and the end.</summary>
    public static List<(TokenType Type, string Text)> Code(string code, LexerOptions? options = null)
    {
        var tokens = Tokens("{{" + code + "}}", options);
        Assert.Equal(TokenType.CodeEnter, tokens[0].Type);
        Assert.Equal([TokenType.CodeExit, TokenType.Eof], tokens[^2..].Select(token => token.Type));
        return tokens[1..^2];
    }

    /// <summary>The single error of a text, as the parser would print it.</summary>
    public static string Error(string text, LexerOptions? options = null)
    {
        var lexer = new Lexer(text, "test", options);
        _ = lexer.Tokenize().ToList();
        return Assert.Single(lexer.Errors).ToString();
    }
}
