using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Runtime;

/// <summary>How <c>include</c> and <c>import</c> find other templates; given by the host.</summary>
public interface ITemplateLoader
{
    /// <summary>The full path of the template named <paramref name="templateName"/>, or null when there is none.</summary>
    string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName);

    /// <summary>The text of the template at <paramref name="templatePath"/>, or null when it cannot be read.</summary>
    string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath);
}
