using Markdig;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Parse;

/// <summary>
/// The parse stage: front matter into pages, entries and events, then every Markdown body parsed in
/// parallel, with one pipeline per language, for its headings and its unsafe content (reported here).
/// The analyse stage turns bodies into HTML once cross-references can be resolved. Drafts are left
/// out unless asked for.
/// </summary>
public static class ContentParser
{
    public static Site Parse(SiteConfig config, IReadOnlyList<ContentFile> files, bool includeDrafts, DiagnosticBag diagnostics,
        ParallelOptions? parallelism = null, Func<string, IEnumerable<IMarkdownExtension>>? extensions = null)
    {
        var site = new Site(config) { Parallelism = parallelism ?? new ParallelOptions() };
        foreach (var file in files)
        {
            switch (file.Kind)
            {
                case ContentFileKind.Chronology:
                    site.Events.AddRange(ChronologyParser.Parse(file, config, diagnostics));
                    break;
                case ContentFileKind.Glossary or ContentFileKind.Person:
                    if (EntryParser.Parse(file, diagnostics) is { } entry)
                    {
                        site.Entries.Add(entry);
                    }
                    break;
                default:
                    if (PageParser.Parse(file, diagnostics) is { } page && (includeDrafts || !page.Draft))
                    {
                        site.Pages.Add(page);
                    }
                    break;
            }
        }
        var converters = config.Languages.ToDictionary(l => l.Code,
            l => new MarkdownConverter(config.Markdown, MarkdownPipelineFactory.Create(config.Markdown, l.Code, extensions?.Invoke(l.Code))));
        Parallel.ForEach(site.Pages, site.Parallelism, page =>
        {
            var document = converters[page.Language].Parse(new MarkdownSource(page.Markdown, page.SourcePath, page.BodyLine, page.Language), diagnostics);
            page.Headings = MarkdownConverter.Headings(document);
        });
        Parallel.ForEach(site.Entries, site.Parallelism, entry =>
        {
            converters[entry.Language].Parse(new MarkdownSource(entry.Markdown, entry.SourcePath, entry.BodyLine, entry.Language), diagnostics);
        });
        return site;
    }
}
