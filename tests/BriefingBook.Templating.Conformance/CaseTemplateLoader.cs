using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Conformance;

/// <summary>The suite's loader: a template's text is its own name, except for a few names with fixed content.</summary>
public sealed class CaseTemplateLoader : ITemplateLoader
{
    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        templateName == "null" ? null : templateName;

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => templatePath switch
    {
        "invalid" => "Invalid script with syntax error: {{ 1 + }}",
        "invalid2" => null,
        "arguments" => "{{ $1 }} + {{ $2 }}",
        "product" => "product: {{ product.title }}",
        "nested_templates" => "{{ include 'header' }} {{ include 'body' }} {{ include 'footer' }}",
        "body" => "body {{ include 'body_detail' }}",
        "header" => "This is a header",
        "body_detail" => "This is a body_detail",
        "footer" => "This is a footer",
        "recursive_nested_templates" => "{{$1}}{{ x = x ?? 0; x = x + 1; if x < 5; include 'recursive_nested_templates' ($1 + 1); end }}",
        "multilines" => "Line 1\nLine 2\nLine 3",
        "nested_templates_with_indent" => "  {{ include 'multilines'}}",
        "named_arguments" => "{{ $.this_arg }}",
        _ => templatePath,
    };
}
