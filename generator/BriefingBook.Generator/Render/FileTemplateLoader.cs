using System.Collections.Concurrent;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Generator.Render;

/// <summary>Lets templates <c>include</c> other templates, found through the same lookup order as layouts.</summary>
public sealed class FileTemplateLoader(TemplateLookup lookup, string language, ConcurrentDictionary<string, string> texts) : ITemplateLoader
{
    /// <summary>The template's full path; a refused or missing one is an error at the <c>include</c> that names it.</summary>
    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        lookup.Find(templateName, language, out var refusal)
        ?? throw new ScriptRuntimeException(callerSpan, refusal
            ?? $"the included template '{templateName}' was not found; looked for {string.Join(", ", lookup.Searched(templateName, language))}");

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        texts.GetOrAdd(templatePath, p => File.ReadAllText(p).Replace("\r\n", "\n", StringComparison.Ordinal));
}
