using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// Statements that redirect output or scope: <c>capture</c>, <c>with</c>, <c>wrap</c>, <c>import</c>,
/// <c>readonly</c>, and <c>ret</c> which leaves the current function or template.
/// </summary>
public sealed partial class Parser
{
    private ScriptCaptureStatement ParseCaptureStatement()
    {
        var capture = StartAtKeyword(new ScriptCaptureStatement());
        capture.Target = ExpectAndParseExpression(capture);
        // Unlike the other blocks, the captured body is read even after a malformed head.
        ExpectEndOfStatement();
        capture.Body = ParseBlockStatement(capture);
        return Finish(capture, capture.Span.Start);
    }

    private ScriptWithStatement ParseWithStatement()
    {
        var with = StartAtKeyword(new ScriptWithStatement());
        with.Name = ExpectAndParseExpression(with);
        with.Body = ParseBodyAfterHead(with);
        return Finish(with, with.Span.Start);
    }

    private ScriptWrapStatement ParseWrapStatement()
    {
        var wrap = StartAtKeyword(new ScriptWrapStatement());
        wrap.Target = ExpectAndParseExpression(wrap);
        wrap.Body = ParseBodyAfterHead(wrap);
        return Finish(wrap, wrap.Span.Start);
    }

    private ScriptImportStatement ParseImportStatement()
    {
        var import = StartAtKeyword(new ScriptImportStatement());
        import.Expression = ExpectAndParseExpression(import);
        ExpectEndOfStatement();
        return Finish(import, import.Span.Start);
    }

    private ScriptReadOnlyStatement ParseReadOnlyStatement()
    {
        var readOnly = StartAtKeyword(new ScriptReadOnlyStatement());
        readOnly.Variable = ExpectAndParseVariable(readOnly);
        ExpectEndOfStatement();
        return Finish(readOnly, readOnly.Span.Start);
    }

    private ScriptReturnStatement ParseReturnStatement()
    {
        var ret = StartAtKeyword(new ScriptReturnStatement());
        if (IsStartOfExpression())
        {
            ret.Expression = ParseExpression(ret);
        }
        ExpectEndOfStatement();
        return Finish(ret, ret.Span.Start);
    }
}
