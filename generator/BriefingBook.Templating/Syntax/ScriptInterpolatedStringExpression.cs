using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>$"text {expr} text"</c>: the concatenation of its parts.</summary>
public sealed class ScriptInterpolatedStringExpression : ScriptExpression
{
    public List<ScriptExpression> Parts { get; } = new();

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
