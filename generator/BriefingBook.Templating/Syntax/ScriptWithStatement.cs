using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>with object</c>: runs its body with the object as the scope for assignments and lookups.</summary>
public sealed class ScriptWithStatement : ScriptStatement
{
    public ScriptExpression? Name { get; set; }

    public ScriptBlockStatement? Body { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
