using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>A sequence of statements: a template's body or the body of a block.</summary>
public sealed class ScriptBlockStatement : ScriptStatement
{
    public List<ScriptStatement> Statements { get; } = new();

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
