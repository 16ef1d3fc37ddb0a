using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Conformance;

/// <summary>The suite's loader for Liquid cases.</summary>
public sealed class LiquidCaseTemplateLoader : ITemplateLoader
{
    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => templatePath switch
    {
        "arguments" => "{{ var1 }} + {{ var2 }}",
        "with_arguments" => "{{ with_arguments }} : {{ var1 }} + {{ var2 }}",
        "with_product" => "with_product: {{ with_product.title }}",
        "for_product" => "for_product: {{ for_product.title }} ",
        _ => templatePath,
    };
}
