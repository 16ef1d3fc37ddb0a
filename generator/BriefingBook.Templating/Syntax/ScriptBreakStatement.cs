using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>break</c>: leaves the innermost loop.</summary>
public sealed class ScriptBreakStatement : ScriptStatement
{

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
