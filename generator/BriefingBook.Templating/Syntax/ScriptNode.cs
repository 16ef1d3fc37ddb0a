using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>A node of the syntax tree, located in its template.</summary>
public abstract class ScriptNode
{
    public SourceSpan Span { get; set; }

    /// <summary>Dispatches to the visitor's method for this kind of node.</summary>
    public abstract TResult Accept<TResult>(ScriptVisitor<TResult> visitor);

    /// <summary>The node as template source, as error messages quote it.</summary>
    public override string ToString() => ScriptPrinter.Print(this);
}
