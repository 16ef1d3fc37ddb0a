using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime.Evaluation;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Runtime;

/// <summary>Running templates in this context: the page itself, included templates (parsed once per path) and code evaluated at run time.</summary>
public partial class TemplateContext
{
    private readonly ScriptEvaluator _evaluator;
    /// <summary>
    /// Included templates already parsed, by path. Each context has its own unless the host shares
    /// one dictionary between the renders of a build (the texts must not change meanwhile; renders on
    /// several threads need a concurrent dictionary).
    /// </summary>
    public IDictionary<string, Template> CachedTemplates { get; set; } = new Dictionary<string, Template>(StringComparer.Ordinal);

    internal ScriptEvaluator Evaluator => _evaluator;

    /// <summary>Renders a parsed page in this context and returns its output; on error the partial output is discarded.</summary>
    internal string RenderPage(ScriptBlockStatement page)
    {
        PushOutput();
        var completed = false;
        try
        {
            _evaluator.RunPage(page);
            completed = true;
        }
        finally
        {
            var text = PopOutput();
            _lastRender = completed ? text : null;
        }
        return _lastRender!;
    }

    private string? _lastRender;

    /// <summary>
    /// Parses <paramref name="text"/> as code (or as a template when <paramref name="asTemplate"/>) and
    /// evaluates it in this context: code gives the value of its last expression, a template its output.
    /// </summary>
    public object? Evaluate(SourceSpan span, string text, bool asTemplate)
    {
        var lexerOptions = new LexerOptions { Lang = Language, Mode = asTemplate ? ScriptMode.Default : ScriptMode.ScriptOnly };
        var template = Template.Parse(text ?? string.Empty, span.FileName, lexerOptions: lexerOptions);
        if (template.HasErrors)
        {
            throw new ScriptRuntimeException(span, string.Join("\n", template.Messages.Select(message => message.ToString())));
        }
        if (asTemplate)
        {
            PushOutput();
            try
            {
                _evaluator.RunPage(template.Page);
            }
            finally
            {
                text = PopOutput();
            }
            return text;
        }
        return _evaluator.EvaluateScript(template.Page);
    }

    /// <summary>The template at <paramref name="path"/>, loaded through <see cref="TemplateLoader"/> and parsed once per context.</summary>
    internal Template LoadTemplate(SourceSpan span, string name, string path)
    {
        if (CachedTemplates.TryGetValue(path, out var cached))
        {
            return cached;
        }
        var text = TemplateLoader!.Load(this, span, path)
            ?? throw new ScriptRuntimeException(span, $"The result of including `{name}->{path}` cannot be null");
        var template = Template.Parse(text, path, lexerOptions: new LexerOptions { Lang = Language });
        if (template.HasErrors)
        {
            throw new ScriptParserRuntimeException(span, $"Error while parsing template `{name}` from `{path}`", template.Messages);
        }
        CachedTemplates[path] = template;
        return template;
    }
}
