namespace BriefingBook.Templating.Syntax;

/// <summary>A branch that can follow an <c>if</c> or a <c>when</c>: an <c>else</c>, an <c>else if</c> or another <c>when</c>.</summary>
public abstract class ScriptConditionStatement : ScriptStatement
{
}
