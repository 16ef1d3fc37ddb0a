using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>left op right</c>.</summary>
public sealed class ScriptBinaryExpression : ScriptExpression
{
    public required ScriptExpression Left { get; set; }

    public ScriptBinaryOperator Operator { get; set; }

    public SourceSpan OperatorSpan { get; set; }

    public ScriptExpression? Right { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
