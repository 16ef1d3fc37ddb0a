using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>value | function args</c>: calls the function with the value as first argument.</summary>
public sealed class ScriptPipeCall : ScriptExpression
{
    public required ScriptExpression From { get; set; }

    public ScriptExpression? To { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
