using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// The binary and assignment operators of the language with their binding power: the one place that says
/// which token is which operator and how tightly it binds. Every binary operator is left-associative:
/// its right operand takes only operators that bind strictly tighter.
/// </summary>
internal static class OperatorTable
{
    /// <summary>Power of the implicit product of scientific mode (<c>2x</c>), the same as <c>*</c>.</summary>
    public const int ProductPower = 110;

    /// <summary>Power given to the operand of a prefix operator: tighter than any binary operator.</summary>
    public const int PrefixPower = 200;

    /// <summary>Power given to the operand of a prefix <c>++</c> or <c>--</c>.</summary>
    public const int IncrementPower = 210;

    private static readonly Dictionary<ScriptBinaryOperator, int> Powers = new()
    {
        [ScriptBinaryOperator.EmptyCoalescing] = 20,
        [ScriptBinaryOperator.NotEmptyCoalescing] = 20,
        [ScriptBinaryOperator.Or] = 30,
        [ScriptBinaryOperator.And] = 40,
        [ScriptBinaryOperator.BinaryOr] = 50,
        [ScriptBinaryOperator.BinaryAnd] = 60,
        [ScriptBinaryOperator.CompareEqual] = 70,
        [ScriptBinaryOperator.CompareNotEqual] = 70,
        [ScriptBinaryOperator.CompareLess] = 80,
        [ScriptBinaryOperator.CompareLessOrEqual] = 80,
        [ScriptBinaryOperator.CompareGreater] = 80,
        [ScriptBinaryOperator.CompareGreaterOrEqual] = 80,
        [ScriptBinaryOperator.LiquidContains] = 90,
        [ScriptBinaryOperator.LiquidStartsWith] = 90,
        [ScriptBinaryOperator.LiquidEndsWith] = 90,
        [ScriptBinaryOperator.LiquidHasKey] = 90,
        [ScriptBinaryOperator.LiquidHasValue] = 90,
        [ScriptBinaryOperator.Add] = 100,
        [ScriptBinaryOperator.Subtract] = 100,
        [ScriptBinaryOperator.Multiply] = ProductPower,
        [ScriptBinaryOperator.Divide] = ProductPower,
        [ScriptBinaryOperator.DivideRound] = ProductPower,
        [ScriptBinaryOperator.Modulus] = ProductPower,
        [ScriptBinaryOperator.ShiftLeft] = ProductPower,
        [ScriptBinaryOperator.ShiftRight] = ProductPower,
        [ScriptBinaryOperator.Power] = 120,
        [ScriptBinaryOperator.RangeInclude] = 130,
        [ScriptBinaryOperator.RangeExclude] = 130,
    };

    private static readonly Dictionary<TokenType, ScriptBinaryOperator> Symbols = new()
    {
        [TokenType.Asterisk] = ScriptBinaryOperator.Multiply,
        [TokenType.Divide] = ScriptBinaryOperator.Divide,
        [TokenType.DoubleDivide] = ScriptBinaryOperator.DivideRound,
        [TokenType.Plus] = ScriptBinaryOperator.Add,
        [TokenType.Minus] = ScriptBinaryOperator.Subtract,
        [TokenType.Percent] = ScriptBinaryOperator.Modulus,
        [TokenType.DoubleLessThan] = ScriptBinaryOperator.ShiftLeft,
        [TokenType.DoubleGreaterThan] = ScriptBinaryOperator.ShiftRight,
        [TokenType.DoubleQuestion] = ScriptBinaryOperator.EmptyCoalescing,
        [TokenType.QuestionExclamation] = ScriptBinaryOperator.NotEmptyCoalescing,
        [TokenType.DoubleAmp] = ScriptBinaryOperator.And,
        [TokenType.DoubleVerticalBar] = ScriptBinaryOperator.Or,
        [TokenType.DoubleEqual] = ScriptBinaryOperator.CompareEqual,
        [TokenType.ExclamationEqual] = ScriptBinaryOperator.CompareNotEqual,
        [TokenType.Greater] = ScriptBinaryOperator.CompareGreater,
        [TokenType.GreaterEqual] = ScriptBinaryOperator.CompareGreaterOrEqual,
        [TokenType.Less] = ScriptBinaryOperator.CompareLess,
        [TokenType.LessEqual] = ScriptBinaryOperator.CompareLessOrEqual,
        [TokenType.DoubleDot] = ScriptBinaryOperator.RangeInclude,
        [TokenType.DoubleDotLess] = ScriptBinaryOperator.RangeExclude,
    };

    // In scientific mode these symbols are arithmetic; elsewhere they mean pipe and parameter expansion.
    private static readonly Dictionary<TokenType, ScriptBinaryOperator> ScientificSymbols = new()
    {
        [TokenType.Caret] = ScriptBinaryOperator.Power,
        [TokenType.Amp] = ScriptBinaryOperator.BinaryAnd,
        [TokenType.VerticalBar] = ScriptBinaryOperator.BinaryOr,
    };

    private static readonly Dictionary<string, ScriptBinaryOperator> LiquidWords = new(StringComparer.Ordinal)
    {
        ["or"] = ScriptBinaryOperator.Or,
        ["and"] = ScriptBinaryOperator.And,
        ["contains"] = ScriptBinaryOperator.LiquidContains,
        ["startsWith"] = ScriptBinaryOperator.LiquidStartsWith,
        ["endsWith"] = ScriptBinaryOperator.LiquidEndsWith,
        ["hasKey"] = ScriptBinaryOperator.LiquidHasKey,
        ["hasValue"] = ScriptBinaryOperator.LiquidHasValue,
    };

    private static readonly Dictionary<TokenType, ScriptBinaryOperator> Assignments = new()
    {
        [TokenType.Equal] = ScriptBinaryOperator.None,
        [TokenType.PlusEqual] = ScriptBinaryOperator.Add,
        [TokenType.MinusEqual] = ScriptBinaryOperator.Subtract,
        [TokenType.AsteriskEqual] = ScriptBinaryOperator.Multiply,
        [TokenType.DivideEqual] = ScriptBinaryOperator.Divide,
        [TokenType.DoubleDivideEqual] = ScriptBinaryOperator.DivideRound,
        [TokenType.PercentEqual] = ScriptBinaryOperator.Modulus,
    };

    /// <summary>The binary operator a token stands for in the given language, with its binding power.</summary>
    /// <param name="word">The identifier's text in Liquid, for its word operators; null otherwise.</param>
    public static bool TryGetBinary(TokenType type, ScriptLang lang, string? word, out ScriptBinaryOperator op, out int power)
    {
        var found = Symbols.TryGetValue(type, out op)
            || (lang == ScriptLang.Scientific && ScientificSymbols.TryGetValue(type, out op))
            || (word is not null && lang == ScriptLang.Liquid && type == TokenType.Identifier && LiquidWords.TryGetValue(word, out op));
        power = found ? PowerOf(op) : 0;
        return found;
    }

    /// <summary>Whether a token assigns, and the operator it combines with (<see cref="ScriptBinaryOperator.None"/> for plain <c>=</c>).</summary>
    public static bool TryGetAssignment(TokenType type, out ScriptBinaryOperator compound) => Assignments.TryGetValue(type, out compound);

    public static int PowerOf(ScriptBinaryOperator op) => Powers.GetValueOrDefault(op);
}
