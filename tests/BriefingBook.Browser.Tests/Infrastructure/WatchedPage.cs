using Microsoft.Playwright;

namespace BriefingBook.Browser.Tests.Infrastructure;

/// <summary>
/// A page of the book in its own browser context, recording console errors, uncaught script errors and
/// every request that would leave the book (those are blocked).
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly BuiltBook book;
    private readonly IBrowserContext context;
    private readonly List<string> errors = [];
    private readonly List<string> outsideRequests = [];

    public WatchedPage(BuiltBook book, Access access, IBrowserContext context, IPage page)
    {
        this.book = book;
        this.context = context;
        Access = access;
        Page = page;
    }

    public Access Access { get; }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions, in the order they happened.</summary>
    public IReadOnlyList<string> Errors => errors;

    /// <summary>Requests for anything outside the output folder (or the local server), all blocked.</summary>
    public IReadOnlyList<string> OutsideRequests => outsideRequests;

    internal async Task AttachAsync()
    {
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console: {message.Text} ({message.Location})");
            }
        };
        Page.PageError += (_, error) => errors.Add("uncaught: " + error);
        context.Request += (_, request) =>
        {
            if (!book.IsInside(Access, request.Url))
            {
                lock (outsideRequests)
                {
                    outsideRequests.Add(request.Url);
                }
            }
        };
        await context.RouteAsync("**/*", route =>
            book.IsInside(Access, route.Request.Url) ? route.ContinueAsync() : route.AbortAsync("blockedbyclient"));
    }

    public Task GoToAsync(string relativePath) => Page.GotoAsync(book.Url(Access, relativePath));

    /// <summary>The current address, relative to the output folder, without the fragment.</summary>
    public string RelativePath
    {
        get
        {
            var url = Page.Url.Split('#')[0];
            var root = Access == Access.Disk ? book.DiskRoot : book.HttpOrigin + "/";
            return url.StartsWith(root, StringComparison.Ordinal) ? Uri.UnescapeDataString(url[root.Length..]) : url;
        }
    }

    /// <summary>The current fragment, without <c>#</c>, decoded; empty when there is none.</summary>
    public string Fragment
    {
        get
        {
            var hash = Page.Url.IndexOf('#');
            return hash < 0 ? "" : Uri.UnescapeDataString(Page.Url[(hash + 1)..]);
        }
    }

    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
