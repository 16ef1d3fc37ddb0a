namespace BriefingBook.Templating.Parsing;

/// <summary>What an expression may contain where it is parsed.</summary>
internal enum ParseExpressionMode
{
    /// <summary>Everything: literals, calls, pipes, assignments, named arguments.</summary>
    Default,

    /// <summary>Everything but <c>name: value</c> (the branches of <c>?:</c>).</summary>
    DefaultNoNamedArgument,

    /// <summary>Literals, unary operators, parentheses, initializers, member and index access.</summary>
    BasicExpression,

    /// <summary>A <c>when</c> value: a top-level <c>||</c> separates values instead of combining them.</summary>
    WhenExpression,
}
