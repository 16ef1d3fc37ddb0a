namespace BriefingBook.Templating.Syntax;

/// <summary>A node that produces a value.</summary>
public abstract class ScriptExpression : ScriptNode
{
}
