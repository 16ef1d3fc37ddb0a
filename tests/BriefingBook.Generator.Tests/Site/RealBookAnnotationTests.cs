using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Site;

/// <summary>The repository's book, built once: its briefs link the entries they name, and its index leads to the right paragraphs.</summary>
public sealed class RealBookAnnotationTests(RealBookAnnotationTests.Book book) : IClassFixture<RealBookAnnotationTests.Book>
{
    /// <summary>The real book built into a temporary folder.</summary>
    public sealed class Book : IDisposable
    {
        public Book()
        {
            Output = Path.Combine(Path.GetTempPath(), "bb-annotated-" + Guid.NewGuid().ToString("N")[..8]);
            Result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(RepositoryRoot.Path, "site.yml"), OutputFolder = Output });
        }

        public string Output { get; }

        public BuildResult Result { get; }

        public IDocument Read(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, path)));

        public void Dispose()
        {
            if (Directory.Exists(Output))
            {
                Directory.Delete(Output, recursive: true);
            }
        }
    }

    private IEnumerable<IDocument> Articles(string language) =>
        Directory.GetFiles(Path.Combine(book.Output, language, "articles"), "*.html").Order(StringComparer.Ordinal)
            .Select(f => book.Read(Path.GetRelativePath(book.Output, f)));

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void The_briefs_link_ip4_aukus_article_5_and_the_people_they_name(string language)
    {
        DiagnosticAssert.NoErrors(book.Result);
        var links = Articles(language).SelectMany(d => d.QuerySelectorAll("main a.entry-link")).ToList();
        foreach (var key in new[] { "ip4", "aukus", "article-5", "nato", "jens-stoltenberg", "kishida-fumio" })
        {
            var link = links.FirstOrDefault(a => a.GetAttribute("data-entry") == key);
            Assert.True(link is not null, $"no brief in '{language}' links the entry '{key}'");
            var folder = key.Contains('-') && key is not "article-5" ? "people" : "glossary";
            Assert.Equal($"../{folder}.html#{key}", link!.GetAttribute("href"));
            Assert.NotNull(link.ParentElement!.QuerySelector("[role=tooltip]"));
        }
    }

    [Theory]
    [InlineData("fr", "term-ip4", "IP4")]
    [InlineData("en", "term-ip4", "IP4")]
    [InlineData("fr", "term-aukus", "AUKUS")]
    [InlineData("en", "term-aukus", "AUKUS")]
    [InlineData("fr", "term-article-5-du-traite-de-l-atlantique-nord", "rticle 5")]
    [InlineData("en", "term-article-5-of-the-north-atlantic-treaty", "rticle 5")]
    [InlineData("fr", "term-jens-stoltenberg", "Stoltenberg")]
    [InlineData("en", "term-jens-stoltenberg", "Stoltenberg")]
    public void Each_index_locator_leads_to_a_paragraph_that_names_the_term(string language, string id, string text)
    {
        DiagnosticAssert.NoErrors(book.Result);
        var term = book.Read($"{language}/book-index.html").GetElementById(id);
        Assert.True(term is not null, $"the '{language}' index has no heading '{id}'");
        var locators = term!.QuerySelectorAll(":scope > .index-locator, :scope > .index-locator-more").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(locators);
        foreach (var href in locators)
        {
            var (path, anchor) = (href.Split('#')[0], href.Split('#')[1]);
            var paragraph = book.Read($"{language}/{path}").GetElementById(anchor);
            Assert.True(paragraph is not null, $"{href} has no such paragraph");
            Assert.Contains(text, paragraph!.TextContent, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void An_index_mark_naming_an_entry_is_filed_under_that_entry(string language)
    {
        DiagnosticAssert.NoErrors(book.Result);
        var names = book.Read($"{language}/book-index.html").QuerySelectorAll("ul.index-terms > li > .index-term-name")
            .Select(n => n.TextContent).ToList();
        Assert.Single(names, n => n.StartsWith("Article 5", StringComparison.Ordinal));
        Assert.Single(names, n => n.Contains("aukus", StringComparison.OrdinalIgnoreCase) && n != "AUKUS");
        Assert.DoesNotContain("JAUKUS", names);
    }
}
