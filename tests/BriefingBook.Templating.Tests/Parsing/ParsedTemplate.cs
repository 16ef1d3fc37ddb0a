using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Tests.Parsing;

/// <summary>Parses a template for a parser test: its code statements and its messages as printed.</summary>
internal sealed class ParsedTemplate
{
    public ParsedTemplate(string text, ScriptLang lang = ScriptLang.Default, int depthLimit = 250)
    {
        var parser = new Parser(new Lexer(text, "test", new LexerOptions { Lang = lang }),
            new ParserOptions { ExpressionDepthLimit = depthLimit, LiquidFunctionsToScriban = lang == ScriptLang.Liquid });
        Page = parser.Run();
        Messages = parser.Messages.Select(message => message.ToString()).ToList();
    }

    public ScriptBlockStatement Page { get; }

    public IReadOnlyList<string> Messages { get; }

    /// <summary>The statements of the page other than the code section markers.</summary>
    public List<ScriptStatement> Code => Page.Statements.Where(statement => statement is not ScriptEscapeStatement).ToList();

    /// <summary>The one statement of a template that parses without messages.</summary>
    public ScriptStatement Single()
    {
        Assert.Empty(Messages);
        return Assert.Single(Code);
    }

    /// <summary>The expression of the one expression statement of a template that parses without messages.</summary>
    public ScriptExpression SingleExpression() => Assert.IsType<ScriptExpressionStatement>(Single()).Expression!;
}
