using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>op operand</c>: <c>!</c>, <c>-</c>, <c>+</c>, <c>@</c> (function alias) and <c>^</c> (argument expansion).</summary>
public sealed class ScriptUnaryExpression : ScriptExpression
{
    public ScriptUnaryOperator Operator { get; set; }

    public ScriptExpression? Right { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
