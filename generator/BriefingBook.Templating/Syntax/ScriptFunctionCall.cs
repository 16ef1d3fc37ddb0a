using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>A call: <c>f a b</c> or <c>f(a, b)</c>, with positional and named arguments.</summary>
public sealed class ScriptFunctionCall : ScriptExpression
{
    public required ScriptExpression Target { get; set; }

    public List<ScriptExpression> Arguments { get; } = new();

    /// <summary>Whether the call used parentheses.</summary>
    public bool ExplicitCall { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
