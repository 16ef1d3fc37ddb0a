using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBook.Server;

/// <summary>
/// Serves the preview folder over HTTP with Kestrel: only its files, only to requests addressed to the
/// bound host and port, never cached, HTML pages with the live reload script, and the event stream.
/// </summary>
public sealed class PreviewServer(string previewFolder, string host, int port, LiveReloadHub hub) : IAsyncDisposable
{
    private readonly PreviewFiles _files = new(previewFolder);
    private WebApplication? _app;
    private HostGuard? _guard;

    /// <summary>The address pages are served at, once started.</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancel = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Path.GetFullPath(previewFolder) });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(host), port);
        });
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancel);
        var bound = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var actualPort = new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal)).Port;
        var shown = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        Address = new Uri($"http://{shown}:{actualPort}/");
        _guard = new HostGuard(host, actualPort);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        var request = context.Request;
        if (!_guard!.Allows(request.Headers.Host, request.Headers.Origin))
        {
            await Plain(response, StatusCodes.Status403Forbidden, "This preview answers only requests addressed to its own host and port.");
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Plain(response, StatusCodes.Status405MethodNotAllowed, "The preview is read-only.");
            return;
        }
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var path = raw.Split('?', 2)[0];
        if (path == LiveReloadScript.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }
        if (path == LiveReloadScript.Path)
        {
            response.ContentType = "text/javascript; charset=utf-8";
            await response.WriteAsync(LiveReloadScript.Source, context.RequestAborted);
            return;
        }
        var file = _files.Resolve(path);
        if (file is null)
        {
            await Plain(response, StatusCodes.Status404NotFound, "Not found in the preview.");
            return;
        }
        response.ContentType = ContentTypes.For(file);
        byte[] body;
        try
        {
            body = file.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                ? Encoding.UTF8.GetBytes(LiveReloadScript.Inject(await File.ReadAllTextAsync(file, context.RequestAborted)))
                : await File.ReadAllBytesAsync(file, context.RequestAborted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The page is being replaced by a rebuild; the reload event that follows fetches it again.
            await Plain(response, StatusCodes.Status503ServiceUnavailable, "The page is being rebuilt.");
            return;
        }
        response.ContentLength = body.Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        var reader = hub.Subscribe();
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            hub.Unsubscribe(reader);
        }
    }

    private static Task Plain(HttpResponse response, int status, string text)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(text + "\n");
    }

    public async ValueTask DisposeAsync()
    {
        hub.Close();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
