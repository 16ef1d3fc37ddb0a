using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>continue</c>: goes to the next iteration of the innermost loop.</summary>
public sealed class ScriptContinueStatement : ScriptStatement
{

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
