using System.Net;
using System.Text.Json;
using BriefingBook.Generator.Tests.Fixtures;
using BriefingBook.Server;

namespace BriefingBook.Generator.Tests.Serve;

public sealed class ServeIntegrationTests : IAsyncLifetime
{
    private const string AlphaFr = "content/fr/articles/alpha.md";
    private readonly TestSite _site = new TestSite()
        .Write("content/fr/articles/beta.md", TestSite.Article("Bêta", "defense", "Deuxième.", "Voir [[alpha]].\n"))
        .Write("secret.txt", "TOP-SECRET");
    private ServeSession? _session;
    private HttpClient? _client;

    private HttpClient Client => _client!;

    public async Task InitializeAsync()
    {
        _session = new ServeSession(new BuildOptions { ConfigPath = Path.Combine(_site.Root, "site.yml") },
            new ServeSettings { Port = 0, PreviewFolder = Path.Combine(_site.Root, "preview") });
        Assert.True((await _session.StartAsync()).Succeeded);
        _client = new HttpClient { BaseAddress = _session.Address };
    }

    [Fact]
    public async Task An_edit_sends_a_reload_and_the_page_has_the_new_text()
    {
        var page = await Client.GetStringAsync("fr/articles/alpha.html");
        Assert.Contains(LiveReloadScript.Tag, page);
        Assert.DoesNotContain("Paragraphe ajouté", page);
        await using var events = await EventStream.OpenAsync(Client);
        _site.Write(AlphaFr, TestSite.Article("Alpha en français", "alpha", "Premier dossier.", "## Contexte {#context}\n\nParagraphe ajouté.\n"));
        var (name, data) = await events.NextAsync();
        Assert.Equal("reload", name);
        Assert.Contains("fr/articles/alpha.html", JsonDocument.Parse(data).RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("Paragraphe ajouté", await Client.GetStringAsync("fr/articles/alpha.html"));
    }

    [Fact]
    public async Task The_print_editions_follow_the_page_with_their_own_reload_and_the_new_text()
    {
        await using var events = await EventStream.OpenAsync(Client);
        _site.Write(AlphaFr, TestSite.Article("Alpha en français", "alpha", "Premier dossier.", "## Contexte {#context}\n\nParagraphe imprimé.\n"));
        var (name, data) = await events.NextAsync();
        Assert.Equal("reload", name);
        Assert.Contains("fr/articles/alpha.html", Pages(data));
        Assert.DoesNotContain("fr/print.html", Pages(data));
        while (!Pages(data).Contains("fr/print.html"))
        {
            (name, data) = await events.NextAsync();
            Assert.Equal("reload", name);
        }
        Assert.Equal(["fr/print.html", "en/print.html"], Pages(data));
        Assert.Contains("Paragraphe imprimé.", await Client.GetStringAsync("fr/print.html"));
    }

    private static List<string?> Pages(string data) =>
        [.. JsonDocument.Parse(data).RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetString())];

    [Fact]
    public async Task Broken_front_matter_shows_the_errors_and_keeps_the_last_good_page_until_fixed()
    {
        var good = await Client.GetStringAsync("fr/articles/alpha.html");
        await using var events = await EventStream.OpenAsync(Client);
        _site.Write(AlphaFr, "---\ntitle: \"Alpha\ndate: 2026-11-21\n---\nTexte.\n");
        var (name, data) = await events.NextAsync();
        Assert.Equal("errors", name);
        var error = JsonDocument.Parse(data).RootElement.EnumerateArray().First();
        Assert.Equal(AlphaFr, error.GetProperty("path").GetString());
        Assert.True(error.GetProperty("line").GetInt32() >= 1);
        Assert.True(error.GetProperty("column").GetInt32() >= 1);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.Equal(good, await Client.GetStringAsync("fr/articles/alpha.html"));

        // A page opened while the book is broken is told at once, so it shows the errors too.
        await using (var late = await EventStream.OpenAsync(Client))
        {
            Assert.Equal("errors", (await late.NextAsync()).Name);
        }
        Assert.Contains("briefingbook-errors", await Client.GetStringAsync("__briefingbook/live.js"));

        _site.Write(AlphaFr, TestSite.Article("Alpha réparé", "alpha", "Premier dossier.", "## Contexte {#context}\n\nTexte.\n"));
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Contains("Alpha réparé", await Client.GetStringAsync("fr/articles/alpha.html"));
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/fr/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/fr/%2E%2E%2F%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/.briefingbook-output")]
    public async Task Paths_that_leave_the_preview_are_refused(string target)
    {
        var (status, text) = await RawHttp.GetAsync(_session!.Address, target);
        Assert.True(status is 400 or 404, $"{target} answered {status}");
        Assert.DoesNotContain("TOP-SECRET", text);
    }

    [Fact]
    public async Task A_link_inside_the_preview_to_a_file_outside_is_not_followed()
    {
        File.CreateSymbolicLink(Path.Combine(_site.Root, "preview", "fr", "leak.txt"), Path.Combine(_site.Root, "secret.txt"));
        var (status, text) = await RawHttp.GetAsync(_session!.Address, "/fr/leak.txt");
        Assert.Equal(404, status);
        Assert.DoesNotContain("TOP-SECRET", text);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:80")]
    [InlineData("127.0.0.1:1")]
    public async Task A_foreign_host_is_refused(string host)
    {
        var (status, _) = await RawHttp.GetAsync(_session!.Address, "/fr/index.html", host);
        Assert.Equal(403, status);
    }

    [Fact]
    public async Task A_foreign_origin_is_refused_and_no_origin_is_allowed_to_read()
    {
        using var foreign = new HttpRequestMessage(HttpMethod.Get, "fr/index.html");
        foreign.Headers.Add("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(foreign)).StatusCode);

        using var own = new HttpRequestMessage(HttpMethod.Get, "fr/index.html");
        own.Headers.Add("Origin", _session!.Address.GetLeftPart(UriPartial.Authority));
        var response = await Client.SendAsync(own);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        using var localhost = new HttpRequestMessage(HttpMethod.Get, "fr/index.html");
        localhost.Headers.Host = $"localhost:{_session.Address.Port}";
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(localhost)).StatusCode);
    }

    [Fact]
    public async Task The_server_listens_on_the_loopback_address_by_default()
    {
        Assert.Equal("127.0.0.1", _session!.Address.Host);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Client.PostAsync("fr/index.html", new StringContent("x"))).StatusCode);
    }

    [Fact]
    public void The_built_book_never_holds_the_reload_script()
    {
        Assert.True(_site.Build().Succeeded);
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("__briefingbook", File.ReadAllText(file));
        }
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
        _site.Dispose();
    }
}
