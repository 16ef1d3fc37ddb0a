namespace BriefingBook.Templating.Syntax;

/// <summary>How operators are written in templates, for printing and messages.</summary>
public static class ScriptOperatorText
{
    public static string ToText(this ScriptBinaryOperator op) => op switch
    {
        ScriptBinaryOperator.EmptyCoalescing => "??",
        ScriptBinaryOperator.NotEmptyCoalescing => "?!",
        ScriptBinaryOperator.Or => "||",
        ScriptBinaryOperator.And => "&&",
        ScriptBinaryOperator.BinaryOr => "|",
        ScriptBinaryOperator.BinaryAnd => "&",
        ScriptBinaryOperator.CompareEqual => "==",
        ScriptBinaryOperator.CompareNotEqual => "!=",
        ScriptBinaryOperator.CompareLess => "<",
        ScriptBinaryOperator.CompareLessOrEqual => "<=",
        ScriptBinaryOperator.CompareGreater => ">",
        ScriptBinaryOperator.CompareGreaterOrEqual => ">=",
        ScriptBinaryOperator.LiquidContains => "contains",
        ScriptBinaryOperator.LiquidStartsWith => "startsWith",
        ScriptBinaryOperator.LiquidEndsWith => "endsWith",
        ScriptBinaryOperator.LiquidHasKey => "hasKey",
        ScriptBinaryOperator.LiquidHasValue => "hasValue",
        ScriptBinaryOperator.Add => "+",
        ScriptBinaryOperator.Subtract => "-",
        ScriptBinaryOperator.Multiply => "*",
        ScriptBinaryOperator.Divide => "/",
        ScriptBinaryOperator.DivideRound => "//",
        ScriptBinaryOperator.Modulus => "%",
        ScriptBinaryOperator.ShiftLeft => "<<",
        ScriptBinaryOperator.ShiftRight => ">>",
        ScriptBinaryOperator.Power => "^",
        ScriptBinaryOperator.RangeInclude => "..",
        ScriptBinaryOperator.RangeExclude => "..<",
        _ => op.ToString(),
    };

    public static string ToText(this ScriptUnaryOperator op) => op switch
    {
        ScriptUnaryOperator.Not => "!",
        ScriptUnaryOperator.Negate => "-",
        ScriptUnaryOperator.Plus => "+",
        ScriptUnaryOperator.FunctionAlias => "@",
        ScriptUnaryOperator.FunctionParametersExpand => "^",
        _ => op.ToString(),
    };
}
