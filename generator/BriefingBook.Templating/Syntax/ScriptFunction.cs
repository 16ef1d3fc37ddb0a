using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>A function: <c>func name(params) ... end</c>, a one-line <c>name(params) = expr</c>, or an anonymous <c>do ... end</c>.</summary>
public sealed class ScriptFunction : ScriptStatement
{
    public ScriptVariable? Name { get; set; }

    /// <summary>Null when the function takes its arguments through <c>$</c>, <c>$0</c>...</summary>
    public List<ScriptParameter>? Parameters { get; set; }

    public ScriptStatement? Body { get; set; }

    public bool IsAnonymous { get; set; }

    /// <summary>Whether the body is an expression (one-line definition) whose value is returned.</summary>
    public bool IsExpressionBody { get; set; }

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
