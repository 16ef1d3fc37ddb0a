using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>ret value</c>: leaves the current function, or stops the template at the top level.</summary>
public sealed class ScriptReturnStatement : ScriptStatement
{
    public ScriptExpression? Expression { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
