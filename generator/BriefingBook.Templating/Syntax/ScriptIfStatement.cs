using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>if</c> (or <c>else if</c>) with its body and the branch that follows it.</summary>
public sealed class ScriptIfStatement : ScriptConditionStatement
{
    public ScriptExpression? Condition { get; set; }

    public ScriptBlockStatement? Then { get; set; }

    public ScriptConditionStatement? Else { get; set; }

    public bool IsElseIf { get; set; }

    /// <summary>Liquid's <c>unless</c>: the body runs when the condition is false.</summary>
    public bool IsInverted { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
