using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>Carries a statement parsed where an expression was expected (a one-line function definition).</summary>
public sealed class ScriptExpressionAsStatement : ScriptExpression
{
    public required ScriptStatement Statement { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
