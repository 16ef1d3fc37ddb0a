using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>case value</c>, whose body holds the <c>when</c> branches.</summary>
public sealed class ScriptCaseStatement : ScriptStatement
{
    public ScriptExpression? Value { get; set; }

    public ScriptBlockStatement? Body { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
