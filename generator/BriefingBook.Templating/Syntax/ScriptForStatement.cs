using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>for x in items</c> (or Liquid's <c>tablerow</c>), with <c>limit:</c>, <c>offset:</c>, <c>reversed</c> and an optional <c>else</c>.</summary>
public sealed class ScriptForStatement : ScriptStatement
{
    public ScriptExpression? Variable { get; set; }

    public ScriptExpression? Iterator { get; set; }

    public List<ScriptNamedArgument> NamedArguments { get; } = new();

    public ScriptBlockStatement? Body { get; set; }

    public ScriptElseStatement? Else { get; set; }

    public bool IsTableRow { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
