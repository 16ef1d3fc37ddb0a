using System.Collections.Concurrent;
using BriefingBook.Generator.Markdown;
using BriefingBook.Generator.Markdown.Catalog;

namespace BriefingBook.Generator.Tests.Markdown;

/// <summary>
/// Renders a spec example with the settings of its fence line: <c>lang</c> (fr), <c>mode</c>
/// (first_per_article), <c>link_entries</c> (true), <c>self</c>, <c>raw_html</c> (false). In the HTML it
/// returns, U+202F is written <c>&amp;#8239;</c> and U+00A0 <c>&amp;nbsp;</c> so that spec documents show them.
/// </summary>
public static class SpecRenderer
{
    private static readonly ConcurrentDictionary<string, AnnotationPipeline> Pipelines = new();

    public static string Render(SpecExample example) => Visible(ToHtml(example).Html);

    public static AnnotatedHtml ToHtml(SpecExample example)
    {
        var language = example.Setting("lang", "fr");
        if (!EntryLinkModes.TryParse(example.Setting("mode", "first_per_article"), out var mode))
        {
            throw new InvalidDataException($"{example.File}({example.Line}): unknown mode");
        }

        var rawHtml = example.Setting("raw_html", "false") == "true";
        var pipeline = Pipelines.GetOrAdd($"{language}|{mode}|{rawHtml}", _ => new AnnotationPipeline(SpecFixture.Options(language, mode, rawHtml)));
        var context = new AnnotationContext
        {
            Resolver = SpecFixture.Resolver,
            LinkEntries = example.Setting("link_entries", "true") == "true",
            SelfEntryKey = example.Settings.GetValueOrDefault("self"),
        };
        return pipeline.ToHtml(example.Markdown, context);
    }

    public static string Visible(string html) => html.Replace("\u202F", "&#8239;").Replace("\u00A0", "&nbsp;");
}
