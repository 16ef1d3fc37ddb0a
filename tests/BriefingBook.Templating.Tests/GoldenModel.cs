using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Tests;

/// <summary>The globals of golden templates: a .NET site object (members seen in snake_case), a list of articles and a dictionary.</summary>
internal static class GoldenModel
{
    public static ScriptObject Create()
    {
        var model = new ScriptObject();
        model.SetValue("site", new Site("Briefing Book", "https://example.org", ["fr", "en"]), readOnly: false);
        model.SetValue("articles", new List<Article>
        {
            new("Japan's defence budget", "japan", new DateTime(2024, 3, 1), ["japan", "budget"], 1200),
            new("NATO summit", "nato", new DateTime(2024, 7, 10), ["nato"], 800),
            new("Korean peninsula", "korea", new DateTime(2023, 11, 20), [], 950),
        }, readOnly: false);
        model.SetValue("labels", new Dictionary<string, object?> { ["read_more"] = "Read more", ["minutes"] = "min" }, readOnly: false);
        return model;
    }

    public sealed record Site(string Title, string BaseUrl, IReadOnlyList<string> Languages);

    public sealed record Article(string Title, string Slug, DateTime PublishedAt, IReadOnlyList<string> Tags, int WordCount)
    {
        public int ReadingMinutes => (WordCount + 199) / 200;
    }
}
