namespace BriefingBook.Templating.Parsing.Lexing;

/// <summary>Reads operators and punctuation, taking the longest spelling that matches.</summary>
internal static class PunctuationScanner
{
    // Spellings come from TokenTypeText, the one place that says how each fixed token is written.
    private static readonly TokenType[] Punctuators =
    [
        TokenType.SemiColon, TokenType.Colon, TokenType.Arroba, TokenType.Comma,
        TokenType.OpenParen, TokenType.CloseParen, TokenType.OpenBracket, TokenType.CloseBracket,
        TokenType.Caret, TokenType.DoubleCaret,
        TokenType.Asterisk, TokenType.AsteriskEqual,
        TokenType.Divide, TokenType.DivideEqual, TokenType.DoubleDivide, TokenType.DoubleDivideEqual,
        TokenType.Plus, TokenType.PlusEqual, TokenType.DoublePlus,
        TokenType.Minus, TokenType.MinusEqual, TokenType.DoubleMinus,
        TokenType.Percent, TokenType.PercentEqual,
        TokenType.Amp, TokenType.DoubleAmp,
        TokenType.Question, TokenType.DoubleQuestion, TokenType.QuestionDot, TokenType.QuestionExclamation,
        TokenType.VerticalBar, TokenType.DoubleVerticalBar, TokenType.PipeGreater,
        TokenType.Dot, TokenType.DoubleDot, TokenType.DoubleDotLess, TokenType.TripleDot,
        TokenType.Exclamation, TokenType.ExclamationEqual,
        TokenType.Equal, TokenType.DoubleEqual,
        TokenType.Less, TokenType.LessEqual, TokenType.DoubleLessThan,
        TokenType.Greater, TokenType.GreaterEqual, TokenType.DoubleGreaterThan,
    ];

    /// <summary>The punctuators by first character (all ASCII), longest first, so that the first match is the longest.</summary>
    private static readonly (string Spelling, TokenType Type)[]?[] ByFirstChar = BuildTable();

    public static bool TryScan(LexingContext context)
    {
        var c = context.Reader.Current;
        if (c >= ByFirstChar.Length || ByFirstChar[c] is not { } candidates)
        {
            return false;
        }
        foreach (var (spelling, type) in candidates)
        {
            if (context.Reader.LookingAt(spelling))
            {
                context.EmitNext(type, spelling.Length);
                return true;
            }
        }
        return false;
    }

    private static (string Spelling, TokenType Type)[]?[] BuildTable()
    {
        var table = new (string Spelling, TokenType Type)[]?[128];
        foreach (var group in Punctuators.Select(type => (Spelling: type.ToText(), Type: type)).GroupBy(entry => entry.Spelling[0]))
        {
            table[group.Key] = group.OrderByDescending(entry => entry.Spelling.Length).ToArray();
        }
        return table;
    }
}
