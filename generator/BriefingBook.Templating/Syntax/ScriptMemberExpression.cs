using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>target.member</c> or <c>target?.member</c>.</summary>
public sealed class ScriptMemberExpression : ScriptExpression
{
    public required ScriptExpression Target { get; set; }

    public required string Member { get; set; }

    public SourceSpan MemberSpan { get; set; }

    public bool IsNullConditional { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
