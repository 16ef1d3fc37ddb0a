using BenchmarkDotNet.Attributes;
using BriefingBook.Templating;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Benchmarks;

/// <summary>
/// Parsing and rendering an article page the way the site does: a layout with includes, a 30-item
/// loop of related articles and pipes. Templates are parsed once and cached, so rendering is the hot path.
/// </summary>
[MemoryDiagnoser]
public class TemplateRenderBenchmarks
{
    private const string Layout = """
        <!DOCTYPE html>
        <html lang="{{ page.language }}">
        <head>
          <meta charset="utf-8">
          <title>{{ page.title | html.escape }} · {{ site.title }}</title>
          <meta name="description" content="{{ page.summary | string.truncate 150 | html.escape }}">
        </head>
        <body>
          {{ include "header" }}
          <main>
            <article>
              <h1>{{ page.title | html.escape }}</h1>
              <p class="meta">{{ page.published_at | date.to_string "%d %B %Y" }} · {{ page.word_count // 200 + 1 }} min</p>
              {{ if page.tags.size > 0 -}}
              <ul class="tags">
                {{- for tag in page.tags }}
                <li><a href="{{ site.base_url }}/tags/{{ tag | string.handleize }}/">{{ tag | string.capitalize }}</a></li>
                {{- end }}
              </ul>
              {{- end }}
              {{ page.body }}
            </article>
            <aside>
              <h2>{{ labels.related }}</h2>
              <ol>
              {{- for item in related }}
                <li class="{{ for.even ? "even" : "odd" }}{{ if for.first }} first{{ end }}">
                  {{ include "card" item }}
                </li>
              {{- end }}
              </ol>
            </aside>
          </main>
          {{ include "footer" }}
        </body>
        </html>
        """;

    private static readonly Dictionary<string, string> Partials = new()
    {
        ["header"] = """<header><a href="{{ site.base_url }}/">{{ site.title | string.upcase }}</a> {{ for lang in site.languages }}<a href="/{{ lang }}/">{{ lang }}</a>{{ end }}</header>""",
        ["card"] = """<a href="{{ site.base_url }}/{{ $1.slug }}/">{{ $1.title | html.escape }}</a> <span>{{ $1.region | string.downcase }} · {{ $1.published_at | date.to_string "%Y-%m-%d" }}</span>""",
        ["footer"] = """<footer>© {{ site.year }} {{ site.title }} · {{ related | array.size }} related</footer>""",
    };

    private readonly Dictionary<string, Template> _includes = new();
    private Template _layout = null!;
    private ScriptObject _globals = null!;
    private ScriptObject _builtins = null!;

    [GlobalSetup]
    public void Setup()
    {
        _layout = Template.Parse(Layout, "article.html");
        if (_layout.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", _layout.Messages));
        }
        _globals = CreateModel();
        _builtins = TemplateContext.CreateBuiltins();
    }

    [Benchmark]
    public Template Parse() => Template.Parse(Layout, "article.html");

    /// <summary>The site's path: a new context per page; parsed includes and builtins shared by the build.</summary>
    [Benchmark]
    public string Render()
    {
        var context = new TemplateContext(_builtins) { TemplateLoader = new PartialLoader(), CachedTemplates = _includes };
        context.PushGlobal(_globals);
        return _layout.Render(context);
    }

    /// <summary>A context built from nothing: builtins created and includes parsed again.</summary>
    [Benchmark]
    public string RenderWithFreshContext()
    {
        var context = new TemplateContext { TemplateLoader = new PartialLoader() };
        context.PushGlobal(_globals);
        return _layout.Render(context);
    }

    private static ScriptObject CreateModel()
    {
        var globals = new ScriptObject();
        globals.SetValue("site", new Site("Briefing Book", "https://example.org", 2026, ["fr", "en"]), readOnly: false);
        globals.SetValue("page", new Article(
            "Japan's defence budget & the Indo-Pacific", "japan-defence-budget", "Japan", "en",
            new DateTime(2026, 3, 1), 1840, ["japan", "defence", "budget", "indo-pacific"],
            "A record budget, new long-range capabilities and what they mean for the region.",
            string.Concat(Enumerable.Repeat("<p>Paragraph of the article body.</p>", 20))), readOnly: false);
        globals.SetValue("related", Enumerable.Range(1, 30).Select(i => new Article(
            $"Related article {i}", $"related-{i}", i % 2 == 0 ? "Korea" : "NATO", "en", new DateTime(2026, 1, 1).AddDays(i),
            900 + i, ["security"], "Summary", "")).ToList(), readOnly: false);
        globals.SetValue("labels", new Dictionary<string, object?> { ["related"] = "Related articles" }, readOnly: false);
        return globals;
    }

    private sealed class PartialLoader : ITemplateLoader
    {
        public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            Partials.ContainsKey(templateName) ? templateName : null;

        public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Partials[templatePath];
    }

    public sealed record Site(string Title, string BaseUrl, int Year, IReadOnlyList<string> Languages);

    public sealed record Article(
        string Title, string Slug, string Region, string Language, DateTime PublishedAt, int WordCount,
        IReadOnlyList<string> Tags, string Summary, string Body);
}
