using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>++x</c>, <c>x++</c>, <c>--x</c>, <c>x--</c>.</summary>
public sealed class ScriptIncrementDecrementExpression : ScriptExpression
{
    public ScriptExpression? Target { get; set; }

    public bool IsIncrement { get; set; }

    public bool IsPostfix { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
