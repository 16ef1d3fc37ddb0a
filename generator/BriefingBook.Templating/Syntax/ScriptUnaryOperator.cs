namespace BriefingBook.Templating.Syntax;

/// <summary>The prefix operators.</summary>
public enum ScriptUnaryOperator
{
    None,
    Not,
    Negate,
    Plus,
    FunctionAlias,
    FunctionParametersExpand,
}
