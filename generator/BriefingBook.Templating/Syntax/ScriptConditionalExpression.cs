using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>condition ? then : else</c>.</summary>
public sealed class ScriptConditionalExpression : ScriptExpression
{
    public required ScriptExpression Condition { get; set; }

    public ScriptExpression? Then { get; set; }

    public ScriptExpression? Else { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
