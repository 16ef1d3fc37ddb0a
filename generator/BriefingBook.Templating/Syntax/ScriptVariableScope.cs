namespace BriefingBook.Templating.Syntax;

/// <summary>Where a variable lives: a global (<c>x</c>), a local (<c>$x</c>) or a loop variable.</summary>
public enum ScriptVariableScope
{
    Global,
    Local,
    Loop,
}
