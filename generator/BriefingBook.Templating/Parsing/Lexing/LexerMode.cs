namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>What the lexer is reading, and so how it reads the next character.</summary>
internal enum LexerMode
{
    /// <summary>Template text, up to the next code or escape block.</summary>
    Text,

    /// <summary>Code inside <c>{{ }}</c> or <c>{% %}</c>, or a whole script-only text.</summary>
    Code,

    /// <summary>The verbatim content of an escape block <c>{%{ }%}</c>.</summary>
    Escape,

    /// <summary>Code inside the braces of an object initializer.</summary>
    Brace,

    /// <summary>Code inside the braces of an interpolated string.</summary>
    Hole,

    /// <summary>The literal text of an interpolated string after one of its holes.</summary>
    InterpolatedText,
}
