using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>this</c>: the current global scope as an object.</summary>
public sealed class ScriptThisExpression : ScriptExpression
{

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
