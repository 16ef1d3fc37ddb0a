using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>target = value</c> and the compound forms <c>+=</c>, <c>-=</c>, <c>*=</c>, <c>/=</c>, <c>//=</c>, <c>%=</c>.</summary>
public sealed class ScriptAssignExpression : ScriptExpression
{
    public ScriptExpression? Target { get; set; }

    public ScriptExpression? Value { get; set; }

    /// <summary>The operator of a compound assignment, or <see cref="ScriptBinaryOperator.None"/> for <c>=</c>.</summary>
    public ScriptBinaryOperator CompoundOperator { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
