using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>A variable: <c>name</c>, <c>$name</c>, <c>$</c> (the arguments), <c>$$</c> (the wrapped block).</summary>
public sealed class ScriptVariable : ScriptExpression
{
    public required string Name { get; init; }

    public ScriptVariableScope Scope { get; init; }

    /// <summary>The name as written: with its `$` for locals.</summary>
    public string DisplayName => Scope == ScriptVariableScope.Local ? "$" + Name : Name;

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
