using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>readonly name</c>: forbids further assignment of a variable.</summary>
public sealed class ScriptReadOnlyStatement : ScriptStatement
{
    public ScriptVariable? Variable { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
