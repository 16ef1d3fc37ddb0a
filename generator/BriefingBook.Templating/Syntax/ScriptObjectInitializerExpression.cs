using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>{name: value, "other": value}</c>.</summary>
public sealed class ScriptObjectInitializerExpression : ScriptExpression
{
    public List<KeyValuePair<string, ScriptExpression>> Members { get; } = new();

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
