using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>[a, b, c]</c>.</summary>
public sealed class ScriptArrayInitializerExpression : ScriptExpression
{
    public List<ScriptExpression> Values { get; } = new();

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
