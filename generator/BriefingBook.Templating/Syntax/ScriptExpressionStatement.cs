using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>An expression whose value, when not null, is written to the output.</summary>
public sealed class ScriptExpressionStatement : ScriptStatement
{
    public ScriptExpression? Expression { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
