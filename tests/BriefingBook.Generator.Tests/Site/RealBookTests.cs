using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Site;

public sealed class RealBookTests
{
    [Fact]
    public void The_repository_book_builds_without_errors_and_its_links_hold()
    {
        var output = Path.Combine(Path.GetTempPath(), "bb-book-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(RepositoryRoot.Path, "site.yml"), OutputFolder = output });
            DiagnosticAssert.NoErrors(result);
            Assert.True(File.Exists(Path.Combine(output, "fr/index.html")));
            Assert.True(File.Exists(Path.Combine(output, "en/index.html")));
            Assert.True(Directory.GetFiles(Path.Combine(output, "fr/articles")).Length >= 1);
            Assert.True(Directory.GetFiles(Path.Combine(output, "en/articles")).Length >= 1);
            Assert.Empty(LinkChecker.Problems(output));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
