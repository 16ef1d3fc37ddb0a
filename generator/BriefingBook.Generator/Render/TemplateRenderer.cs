using System.Collections.Concurrent;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Templating;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Generator.Render;

/// <summary>
/// Renders a layout by name over a model, parsing each template once and sharing it across threads.
/// Template errors become diagnostics located in the template (file, line, column), never exceptions.
/// </summary>
public sealed class TemplateRenderer(SiteConfig config, TemplateLookup lookup)
{
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Template> _includes = new(StringComparer.Ordinal);
    private readonly ScriptObject _builtins = TemplateContext.CreateBuiltins();

    /// <summary>
    /// The longest text one render may produce, in characters. A print edition is the whole book in one
    /// document: a book of a thousand articles per language outgrows the engine's default, meant for pages.
    /// </summary>
    public const int OutputLimit = 256 * 1_048_576;

    /// <summary>Where the renderer finds templates.</summary>
    public TemplateLookup Lookup => lookup;

    /// <summary>The rendered text, or null when the template is missing or failed (reported).</summary>
    public string? Render(string layout, string language, IReadOnlyList<ScriptObject> globals, SourceLocation requestedBy, string outputPath,
        DiagnosticBag diagnostics)
    {
        var path = lookup.Find(layout, language, out var refusal);
        if (path is null)
        {
            diagnostics.Error(RenderDiagnosticIds.TemplateNotFound, requestedBy, refusal ?? $"the template '{layout}' was not found",
                $"looked for {string.Join(", ", lookup.Searched(layout, language))}; create it or name an existing layout");
            return null;
        }
        var template = _templates.GetOrAdd(path, p => Template.Parse(_texts.GetOrAdd(p, Read), lookup.Display(p)));
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == LogMessageType.Error))
            {
                diagnostics.Error(RenderDiagnosticIds.TemplateSyntax, Locate(message.Span), message.Message,
                    "fix the template's syntax: {{ ... }} blocks, 'end' for each 'if', 'for' and 'func'");
            }
            return null;
        }
        var context = new TemplateContext(_builtins)
        {
            TemplateLoader = new FileTemplateLoader(lookup, language, _texts),
            CachedTemplates = _includes,
            LoopLimit = 100_000,
            OutputLimit = OutputLimit,
        };
        foreach (var global in globals)
        {
            context.PushGlobal(global);
        }
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(RenderDiagnosticIds.TemplateRuntime, Locate(e.Span), e.OriginalMessage,
                $"the template failed while rendering {outputPath}; see the model variables in templates/README.md");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(RenderDiagnosticIds.TemplateRuntime, new SourceLocation(lookup.Display(path)),
                $"the template engine failed while rendering {outputPath}: {e.GetType().Name}: {e.Message}",
                "simplify the template around the last change; this is a fault of the engine, worth reporting");
        }
        return null;
    }

    private SourceLocation Locate(SourceSpan span)
    {
        var file = span.FileName;
        if (Path.IsPathRooted(file))
        {
            file = lookup.Display(file);
        }
        return new SourceLocation(file.Length > 0 ? file : config.ConfigPath, span.Start.Line + 1, span.Start.Column + 1);
    }

    private static string Read(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
}
