using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>do ... end</c> used as a value.</summary>
public sealed class ScriptAnonymousFunction : ScriptExpression
{
    public required ScriptFunction Function { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
