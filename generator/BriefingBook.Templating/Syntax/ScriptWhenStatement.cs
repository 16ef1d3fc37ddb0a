using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>when a, b</c>: runs its body when the case value equals one of the values.</summary>
public sealed class ScriptWhenStatement : ScriptConditionStatement
{
    public List<ScriptExpression> Values { get; } = new();

    public ScriptBlockStatement? Body { get; set; }

    public ScriptConditionStatement? Next { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
