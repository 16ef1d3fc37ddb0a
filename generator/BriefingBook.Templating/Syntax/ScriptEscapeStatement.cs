using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>
/// Where a code block (<c>{{</c>, <c>}}</c>) or an escape block opens or closes. It outputs nothing;
/// an opening records the indentation before it, which multi-line output inside the block repeats.
/// </summary>
public sealed class ScriptEscapeStatement : ScriptStatement
{
    public bool IsEntering { get; init; }

    /// <summary>The whitespace between the start of the line and the opening <c>{{</c>, or null when other text precedes it.</summary>
    public string? Indent { get; init; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
