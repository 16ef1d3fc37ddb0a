namespace BriefingBook.Templating.Parsing;

/// <summary>Options of the parser, including the nesting limit that keeps a hostile template from exhausting the stack.</summary>
public sealed record ParserOptions
{
    /// <summary>Deepest nesting of expressions and blocks accepted; beyond it the parser reports an error.</summary>
    public int ExpressionDepthLimit { get; init; } = 250;

    /// <summary>In Liquid mode, maps Liquid filter names onto the builtin functions.</summary>
    public bool LiquidFunctionsToScriban { get; init; }
}
