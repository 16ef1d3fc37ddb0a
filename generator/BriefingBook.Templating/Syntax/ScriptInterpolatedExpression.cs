using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>One <c>{expr}</c> part of an interpolated string.</summary>
public sealed class ScriptInterpolatedExpression : ScriptExpression
{
    public ScriptExpression? Expression { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
