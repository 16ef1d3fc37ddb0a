using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>wrap function args</c>: calls the function with its body available as <c>$$</c>.</summary>
public sealed class ScriptWrapStatement : ScriptStatement
{
    public ScriptExpression? Target { get; set; }

    public ScriptBlockStatement? Body { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
