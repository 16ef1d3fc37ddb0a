namespace BriefingBook.Templating.Parsing;

/// <summary>How the lexer reads a text: language and mode.</summary>
public sealed record LexerOptions
{
    public static readonly LexerOptions Default = new();

    public ScriptLang Lang { get; init; } = ScriptLang.Default;

    public ScriptMode Mode { get; init; } = ScriptMode.Default;
}
