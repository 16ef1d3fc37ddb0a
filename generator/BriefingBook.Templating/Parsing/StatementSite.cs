using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>Where a statement starts: the node whose block holds it and the keyword (or name) it starts with.</summary>
/// <param name="EndTakesEndOfStatement">Whether an <c>end</c> here is followed by an end of statement (not so for an anonymous function's).</param>
internal readonly record struct StatementSite(ScriptNode? Parent, Token Keyword, string Word, bool EndTakesEndOfStatement);
