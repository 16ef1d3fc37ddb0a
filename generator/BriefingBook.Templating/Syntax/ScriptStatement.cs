namespace BriefingBook.Templating.Syntax;

/// <summary>A node that runs for its effect: writing output, assigning, looping.</summary>
public abstract class ScriptStatement : ScriptNode
{
}
