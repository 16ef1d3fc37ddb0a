using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Site;

public sealed class TemplateErrorTests
{
    [Fact]
    public void An_unknown_layout_is_reported_at_the_front_matter_line()
    {
        using var site = new TestSite().Write("content/fr/articles/alpha.md", "---\ntitle: A\nlayout: nowhere\n---\n");
        var d = DiagnosticAssert.HasError(site.Build(), "BB4001", "content/fr/articles/alpha.md", 3, 9);
        Assert.Contains("templates/layouts/nowhere.fr.html", d.Hint);
    }

    [Fact]
    public void A_layout_name_leaving_the_template_folder_is_refused_with_the_reason()
    {
        using var site = new TestSite().Write("content/fr/articles/alpha.md", "---\ntitle: A\nlayout: ../../site\n---\n");
        var d = DiagnosticAssert.HasError(site.Build(), "BB4001", "content/fr/articles/alpha.md", 3);
        Assert.StartsWith("the template name 'layouts/../../site.html' was refused: '..' would leave the template folders", d.Message);
    }

    [Fact]
    public void A_template_syntax_error_is_reported_in_the_template()
    {
        using var site = new TestSite().Write("templates/layouts/tag.html", "<h1>{{ page.title }}</h1>\n{{ if page.title }}\n<p>never closed</p>\n");
        var result = site.Build();
        var d = DiagnosticAssert.HasError(result, "BB4002", "templates/layouts/tag.html");
        Assert.True(d.Line >= 2, d.ToString());
        Assert.False(site.Exists("fr/index.html"));
    }

    [Fact]
    public void An_include_of_a_missing_template_is_reported_at_the_include()
    {
        using var site = new TestSite().Write("templates/layouts/404.html", "<h1>x</h1>\n<p>{{ include \"partials/nothing.html\" }}</p>\n");
        var d = DiagnosticAssert.HasError(site.Build(), "BB4003", "templates/layouts/404.html", 2, 7);
        Assert.Contains("the included template 'partials/nothing.html' was not found; looked for templates/partials/nothing.", d.Message);
    }

    [Theory]
    [InlineData("../site.yml", "'..' would leave the template folders")]
    [InlineData("partials/../../site.yml", "'..' would leave the template folders")]
    [InlineData("/etc/hostname", "it is an absolute path")]
    [InlineData("partials\\footer.html", "it contains '\\'; separate folders with '/'")]
    [InlineData("partials//footer.html", "it has an empty or '.' folder")]
    [InlineData("file:footer.html", "it contains ':'")]
    public void An_include_name_leaving_the_template_folders_is_refused_at_the_include_with_the_reason(string name, string reason)
    {
        using var site = new TestSite().Write("templates/layouts/404.html", $"<h1>x</h1>\n<p>{{{{ include '{name.Replace("\\", "\\\\")}' }}}}</p>\n");
        var d = DiagnosticAssert.HasError(site.Build(), "BB4003", "templates/layouts/404.html", 2, 7);
        Assert.StartsWith($"the template name '{name}' was refused: {reason}", d.Message);
    }

    [Fact]
    public void An_include_through_a_link_leaving_the_template_folder_is_refused_at_the_include()
    {
        using var site = new TestSite().Write("templates/layouts/404.html", "<h1>x</h1>\n<p>{{ include 'partials/linked.html' }}</p>\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "templates/partials/linked.html"), Path.Combine(site.Root, "site.yml"));
        var d = DiagnosticAssert.HasError(site.Build(), "BB4003", "templates/layouts/404.html", 2, 7);
        Assert.StartsWith("the template name 'partials/linked.html' was refused: templates/partials/linked.html is a link leading outside the template folder templates", d.Message);
    }

    [Fact]
    public void Interface_texts_must_define_the_same_keys_in_every_language()
    {
        using var site = new TestSite();
        var en = File.ReadAllText(Path.Combine(site.Root, "templates/i18n/en.yml"));
        site.Write("templates/i18n/en.yml", string.Join('\n', en.Split('\n').Where(l => !l.StartsWith("key_points:", StringComparison.Ordinal))));
        var d = DiagnosticAssert.HasError(site.Build(), "BB4004", "templates/i18n/en.yml");
        Assert.Contains("key_points", d.Message);
    }
}
