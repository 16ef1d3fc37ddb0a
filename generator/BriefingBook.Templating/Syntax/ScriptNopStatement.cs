using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>An empty code block.</summary>
public sealed class ScriptNopStatement : ScriptStatement
{

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
