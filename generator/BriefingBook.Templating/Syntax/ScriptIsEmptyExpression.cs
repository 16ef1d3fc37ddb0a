using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>target.empty?</c>: whether a value is null, empty text or an empty list.</summary>
public sealed class ScriptIsEmptyExpression : ScriptExpression
{
    public required ScriptExpression Target { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
