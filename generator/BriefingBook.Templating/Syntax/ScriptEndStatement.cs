using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>The <c>end</c> that closes a block; it does nothing when run.</summary>
public sealed class ScriptEndStatement : ScriptStatement
{

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
