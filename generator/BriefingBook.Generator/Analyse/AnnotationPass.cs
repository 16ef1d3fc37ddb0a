using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Markdown;
using BriefingBook.Generator.Markdown.Catalog;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Parse;
using BriefingBook.Generator.Render;

namespace BriefingBook.Generator.Analyse;

/// <summary>
/// Renders every page and entry through the annotation layer, once the whole book is known: entry
/// mentions become links with tooltips, <c>[[key]]</c> cross-references resolve in the reader's
/// language, index marks and notes are laid out. A reference that leads nowhere is reported at its position,
/// with the severity of <c>checks.broken_reference</c> (an error by default); every one is reported in the same run.
/// </summary>
public static class AnnotationPass
{
    /// <summary>Annotates every page and entry, or only those <paramref name="scope"/> names (a live rebuild keeps the others as they were).</summary>
    public static void Run(Site site, DiagnosticBag diagnostics, AnnotationScope? scope = null)
    {
        var keys = new SiteKeys(site);
        var strings = UiStrings.Load(site.Config, new TemplateLookup(site.Config), diagnostics);
        var pipelines = site.Config.Languages.ToDictionary(l => l.Code, l => Pipeline(site, l.Code, strings, diagnostics));
        Parallel.ForEach(site.Pages.Where(p => scope?.Includes(p.SourcePath) ?? true), site.Parallelism, page =>
        {
            var context = new AnnotationContext
            {
                Resolver = new SiteCrossReferenceResolver(keys, page.Language, page.OutputPath),
                LinkEntries = page.LinkEntries,
            };
            var source = new MarkdownSource(page.Markdown, page.SourcePath, page.BodyLine, page.Language);
            var (html, document) = Convert(site.Config, pipelines[page.Language], source, context);
            page.Html = html;
            page.Headings = MarkdownConverter.Headings(document.Syntax);
            page.Annotations = document.Result;
            Report(document.Result, page.SourcePath, page.Language, keys, site.Config.Checks.BrokenReference, diagnostics);
        });
        Parallel.ForEach(site.Entries.Where(e => scope?.Includes(e.SourcePath) ?? true), site.Parallelism, entry =>
        {
            var context = new AnnotationContext
            {
                Resolver = new SiteCrossReferenceResolver(keys, entry.Language, entry.OutputPath),
                SelfEntryKey = entry.Key,
                IdPrefix = entry.Key + "-",
            };
            var source = new MarkdownSource(entry.Markdown, entry.SourcePath, entry.BodyLine, entry.Language);
            var (html, document) = Convert(site.Config, pipelines[entry.Language], source, context);
            entry.Html = html;
            entry.Annotations = document.Result;
            Report(document.Result, entry.SourcePath, entry.Language, keys, site.Config.Checks.BrokenReference, diagnostics);
        });
    }

    private static (string Html, AnnotatedDocument Document) Convert(SiteConfig config, AnnotationPipeline pipeline, MarkdownSource source,
        AnnotationContext context)
    {
        var document = pipeline.Parse(HeadingAttributeRewriter.Rewrite(source.Text), context with { FirstLine = source.BodyLine });
        // The parse stage has already reported what the safety pass drops; here it only cleans.
        HtmlSafetyPass.Apply(document.Syntax, source, config.Markdown.AllowHtml, new DiagnosticBag());
        if (config.Markdown.SmartPunctuation)
        {
            Apostrophes.Apply(document.Syntax);
        }
        return (pipeline.Render(document), document);
    }

    private static AnnotationPipeline Pipeline(Site site, string language, UiStrings strings, DiagnosticBag diagnostics)
    {
        var others = site.Config.Languages.Select(l => l.Code).Where(l => l != language).ToList();
        var descriptors = site.Entries.Where(e => e.Language == language).OrderBy(e => e.Kind).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e =>
            {
                var other = others.Select(o => site.Entries.FirstOrDefault(x => x.Kind == e.Kind && x.Key == e.Key && x.Language == o)).OfType<Entry>().FirstOrDefault();
                return new EntryDescriptor(e.Key, e.Name, e.Aliases, e.Definition)
                {
                    Expansion = e.Expansion,
                    MatchCase = e.MatchCase,
                    OtherLanguageName = other?.Name,
                    OtherLanguage = other?.Language,
                };
            });
        var catalog = new EntryCatalog(descriptors);
        foreach (var conflict in catalog.Conflicts)
        {
            diagnostics.Warning(AnalyseDiagnosticIds.AliasConflict, new SourceLocation($"content/{language}"), conflict,
                "give each alias to one entry only: remove it from the other entry's 'aliases'");
        }
        return new AnnotationPipeline(new AnnotationOptions
        {
            Language = language,
            Catalog = catalog,
            LinkMode = site.Config.Glossary.Link switch
            {
                GlossaryLinkMode.FirstPerSection => EntryLinkMode.FirstPerSection,
                GlossaryLinkMode.All => EntryLinkMode.All,
                GlossaryLinkMode.None => EntryLinkMode.None,
                _ => EntryLinkMode.FirstPerArticle,
            },
            AllowRawHtml = true,
            Labels = Labels(strings, language),
        });
    }

    /// <summary>The words annotations write into pages, from the interface texts when they define them.</summary>
    private static AnnotationLabels Labels(UiStrings strings, string language)
    {
        var defaults = AnnotationLabels.For(language);
        return new AnnotationLabels
        {
            EditorNote = strings.Get(language, "editor_note", defaults.EditorNote),
            MarginNote = strings.Get(language, "margin_note", defaults.MarginNote),
            OtherLanguageName = strings.Get(language, "other_language_name", defaults.OtherLanguageName),
            BrokenReference = strings.Get(language, "broken_reference", defaults.BrokenReference),
        };
    }

    private static void Report(AnnotationResult result, string path, string language, SiteKeys keys, DiagnosticSeverity severity,
        DiagnosticBag diagnostics)
    {
        foreach (var reference in result.UnresolvedReferences)
        {
            var known = keys.FindPage(language, reference.Key) is not null || keys.FindEntry(language, reference.Key) is not null;
            var suggestion = known ? null : DidYouMean.Find(reference.Key, keys.KeysOf(language));
            var hint = known
                ? $"'{reference.Key}' has no section '{reference.Section}' in '{language}': give the heading an explicit id {{#{reference.Section}}}"
                : suggestion is not null ? $"did you mean '{suggestion}'?" : "use the key of an article, page or entry of this language (its file name by default)";
            diagnostics.Report(AnalyseDiagnosticIds.BrokenCrossReference, severity, new SourceLocation(path, reference.Line, reference.Column),
                $"the cross-reference [[{reference.Written}]] leads nowhere in '{language}'", hint);
        }
    }
}
