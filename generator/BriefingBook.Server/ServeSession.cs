using BriefingBook.Generator;
using BriefingBook.Generator.Serve;

namespace BriefingBook.Server;

/// <summary>
/// The editor's loop: builds the book into the preview folder, serves it, watches the sources, rebuilds
/// what a change touches and tells the open pages. One rebuild runs at a time; changes that come during
/// one are handled by the next. The print editions follow each rebuild in the background, shortly after, and
/// tell their own reload; the next change cancels them, and its rebuild brings them again.
/// </summary>
public sealed class ServeSession(BuildOptions options, ServeSettings settings) : IAsyncDisposable
{
    private readonly LiveReloadHub _hub = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly LiveBuild _build = new(options, settings.PreviewFolder);
    private PreviewServer? _server;
    private SiteWatcher? _watcher;
    private readonly Lock _publish = new();
    private Task? _loop;
    private Task _printing = Task.CompletedTask;
    private CancellationTokenSource? _printCancel;

    /// <summary>Reported after each build, from the watcher's thread.</summary>
    public event Action<IReadOnlyCollection<string>, LiveBuildResult>? Rebuilt;

    /// <summary>Reported after each print phase that was not cancelled, from its own thread.</summary>
    public event Action<LiveBuildResult>? PrintEditionsRebuilt;

    public Uri Address => _server?.Address ?? throw new InvalidOperationException("the session is not started");

    public LiveReloadHub Hub => _hub;

    /// <summary>Builds the book, starts the server and the watcher; returns the first build's result (served even when it failed).</summary>
    public async Task<LiveBuildResult> StartAsync(CancellationToken cancel = default)
    {
        var first = _build.Full();
        _hub.Publish(first);
        _server = new PreviewServer(_build.PreviewFolder, settings.Host, settings.Port, _hub);
        await _server.StartAsync(cancel);
        var configName = Path.GetFileName(options.ConfigPath);
        var templateFolders = (_build.Config?.TemplateFolders ?? [Path.Combine(_build.ProjectRoot, "templates")])
            .Select(f => Path.GetRelativePath(_build.ProjectRoot, f).Replace(Path.DirectorySeparatorChar, '/'));
        _watcher = new SiteWatcher(_build.ProjectRoot, configName, ["content", .. templateFolders]);
        _loop = Task.Run(() => WatchAsync(_stop.Token));
        return first;
    }

    private async Task WatchAsync(CancellationToken cancel)
    {
        while (!cancel.IsCancellationRequested)
        {
            IReadOnlyCollection<string> changed;
            try
            {
                changed = await _watcher!.NextAsync(settings.Debounce, cancel);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            CancelPrinting();
            var result = _build.Update(changed);
            // A batch of scratch files only changes nothing: no reload, no report; a print phase it stopped starts again.
            if (!result.Idle)
            {
                _hub.Publish(result);
                Rebuilt?.Invoke(result.Changes.Count > 0 ? result.Changes : changed, result);
            }
            if (_build.PrintEditionsPending)
            {
                _printCancel = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                var token = _printCancel.Token;
                _printing = Task.Run(() => PrintAsync(token), CancellationToken.None);
            }
        }
    }

    private async Task PrintAsync(CancellationToken cancel)
    {
        try
        {
            await Task.Delay(settings.PrintDelay, cancel);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        var result = _build.UpdatePrintEditions(cancel);
        if (result is null)
        {
            return;
        }
        // Under the lock that cancels it, so that a cancelled phase never speaks after the rebuild that followed.
        bool current;
        lock (_publish)
        {
            current = !cancel.IsCancellationRequested;
            if (current)
            {
                _hub.Publish(result);
            }
        }
        if (current)
        {
            PrintEditionsRebuilt?.Invoke(result);
        }
    }

    /// <summary>Stops the print phase of the previous rebuild (it stops at its next step), without waiting for it.</summary>
    private void CancelPrinting()
    {
        if (_printCancel is null)
        {
            return;
        }
        lock (_publish)
        {
            _printCancel.Cancel();
        }
        var previous = _printCancel;
        _printCancel = null;
        _ = _printing.ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }
        CancelPrinting();
        await _printing;
        _watcher?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        _stop.Dispose();
    }
}
