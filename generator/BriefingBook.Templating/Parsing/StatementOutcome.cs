using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// What parsing one statement tells the block it belongs to: the statement to keep (if any), whether it
/// closes the block (<c>end</c>, <c>else</c>, <c>when</c>) and whether parsing of the block stops here.
/// </summary>
internal readonly record struct StatementOutcome(ScriptStatement? Statement, bool ClosesBlock, bool Halts)
{
    /// <summary>A statement of the block; the block goes on.</summary>
    public static StatementOutcome Next(ScriptStatement? statement) => new(statement, false, false);

    /// <summary>The statement that ends the block (kept unless it is the <c>end</c> itself).</summary>
    public static StatementOutcome Close(ScriptStatement? statement) => new(statement, true, false);

    /// <summary>Nothing more can be parsed in this block.</summary>
    public static StatementOutcome Halt { get; } = new(null, false, true);
}
