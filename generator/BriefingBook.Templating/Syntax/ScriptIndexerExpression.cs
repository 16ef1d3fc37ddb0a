using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>target[index]</c>.</summary>
public sealed class ScriptIndexerExpression : ScriptExpression
{
    public required ScriptExpression Target { get; set; }

    public ScriptExpression? Index { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
