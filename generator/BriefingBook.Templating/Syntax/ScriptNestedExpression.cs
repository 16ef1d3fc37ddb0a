using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>(expression)</c>.</summary>
public sealed class ScriptNestedExpression : ScriptExpression
{
    public ScriptExpression? Expression { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
