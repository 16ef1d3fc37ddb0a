using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>name: value</c> in a call, or a bare <c>name</c> flag (true) after <c>for</c>.</summary>
public sealed class ScriptNamedArgument : ScriptExpression
{
    public required string Name { get; set; }

    public ScriptExpression? Value { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
