using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>while condition</c>.</summary>
public sealed class ScriptWhileStatement : ScriptStatement
{
    public ScriptExpression? Condition { get; set; }

    public ScriptBlockStatement? Body { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
