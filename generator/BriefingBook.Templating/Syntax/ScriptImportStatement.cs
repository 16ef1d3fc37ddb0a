using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary><c>import object</c>: copies an object's members into the current scope.</summary>
public sealed class ScriptImportStatement : ScriptStatement
{
    public ScriptExpression? Expression { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
