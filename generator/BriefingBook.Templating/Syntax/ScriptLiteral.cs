using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>A literal value: number, string, boolean or null.</summary>
public sealed class ScriptLiteral : ScriptExpression
{
    public object? Value { get; set; }

    /// <summary>The quote the string was written with (`"`, `'` or a backtick), kept for messages.</summary>
    public char Quote { get; set; } = '"';

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
