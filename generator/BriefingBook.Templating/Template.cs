using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating;

/// <summary>A parsed template: parse once (errors are collected, never thrown), render many times.</summary>
public sealed class Template
{
    private Template(ScriptBlockStatement page, string? sourcePath, IReadOnlyList<LogMessage> messages)
    {
        Page = page;
        SourcePath = sourcePath;
        Messages = messages;
        HasErrors = messages.Any(message => message.Type == LogMessageType.Error);
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="sourcePath"/> names the template in messages.</summary>
    public static Template Parse(string text, string? sourcePath = null, ParserOptions? parserOptions = null, LexerOptions? lexerOptions = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexer = new Lexer(text, sourcePath, lexerOptions);
        var parser = new Parser(lexer, parserOptions);
        var page = parser.Run();
        return new Template(page, sourcePath, parser.Messages);
    }

    public string? SourcePath { get; }

    public bool HasErrors { get; }

    /// <summary>The parser's messages, each printing as <c>name(line,col) : error : message</c>.</summary>
    public IReadOnlyList<LogMessage> Messages { get; }

    /// <summary>The syntax tree.</summary>
    public ScriptBlockStatement Page { get; }

    /// <summary>Renders in <paramref name="context"/>; runtime errors throw <see cref="ScriptRuntimeException"/>.</summary>
    public string Render(TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HasErrors)
        {
            throw new InvalidOperationException($"The template {SourcePath ?? "<input>"} has errors and cannot be rendered:\n{string.Join("\n", Messages)}");
        }
        return context.RenderPage(Page);
    }

    /// <summary>Renders in a new context whose globals are the members of <paramref name="model"/>.</summary>
    public string Render(object? model = null)
    {
        var context = new TemplateContext();
        context.PushGlobal(model switch
        {
            null => new ScriptObject(),
            ScriptObject scriptObject => scriptObject,
            _ => ScriptObject.FromModel(model, context.MemberRenamer),
        });
        return Render(context);
    }
}
