using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>capture target</c>: assigns the output of its body to the target instead of writing it.</summary>
public sealed class ScriptCaptureStatement : ScriptStatement
{
    public ScriptExpression? Target { get; set; }

    public ScriptBlockStatement? Body { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
