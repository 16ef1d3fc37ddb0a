using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>The final <c>else</c> of an <c>if</c>, a <c>case</c> or a <c>for</c>.</summary>
public sealed class ScriptElseStatement : ScriptConditionStatement
{
    public ScriptBlockStatement? Body { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
