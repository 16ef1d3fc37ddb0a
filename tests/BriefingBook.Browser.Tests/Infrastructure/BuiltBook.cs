using BriefingBook.Generator;
using Microsoft.Playwright;

namespace BriefingBook.Browser.Tests.Infrastructure;

/// <summary>
/// The repository's book, built once per test run into a temporary folder, served on 127.0.0.1, with one
/// headless Chromium (the system's) shared by the tests. Each test opens its pages in a fresh context.
/// </summary>
public sealed class BuiltBook : IAsyncLifetime
{
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;
    private StaticServer? server;

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "bb-browser-" + Guid.NewGuid().ToString("N")[..8]);

    public string HttpOrigin => server?.Origin ?? throw new InvalidOperationException("The server is not running.");

    /// <summary>The output folder's address on disk, ending with a slash.</summary>
    public string DiskRoot => new Uri(Output + Path.DirectorySeparatorChar).AbsoluteUri;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("Chromium is not running.");

    public async Task InitializeAsync()
    {
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = Path.Combine(RepositoryRoot.Path, "site.yml"), OutputFolder = Output });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The book did not build:\n" + string.Join('\n', result.Errors));
        }
        if (BrowserRequirements.MissingBrowser is not null)
        {
            return;
        }
        server = new StaticServer(Output);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserRequirements.ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>The address of a page of the output (<c>en/index.html</c>), from disk or over HTTP.</summary>
    public string Url(Access access, string relativePath) =>
        access == Access.Disk ? DiskRoot + relativePath : HttpOrigin + "/" + relativePath;

    /// <summary>Whether an address stays inside the book as opened with that access.</summary>
    public bool IsInside(Access access, string url) =>
        url.StartsWith(access == Access.Disk ? DiskRoot : HttpOrigin + "/", StringComparison.Ordinal)
        || url.StartsWith("data:", StringComparison.Ordinal) || url == "about:blank";

    /// <summary>Opens a page in a fresh context that watches console errors and blocks requests leaving the book.</summary>
    public async Task<WatchedPage> OpenAsync(Access access, string relativePath, ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = new WatchedPage(this, access, context, await context.NewPageAsync());
        await page.AttachAsync();
        await page.GoToAsync(relativePath);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        server?.Dispose();
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
