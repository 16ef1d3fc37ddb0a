using System.Text.Json;
using System.Threading.Channels;
using BriefingBook.Generator.Serve;

namespace BriefingBook.Server;

/// <summary>
/// Tells every open page what the last build did, as server-sent events: <c>reload</c> with the pages that
/// changed, or <c>errors</c> with the problems to show over the page. A page that connects while the
/// book is broken is told at once.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];
    private string? _errors;

    public int Clients
    {
        get
        {
            lock (_lock)
            {
                return _clients.Count;
            }
        }
    }

    public ChannelReader<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_lock)
        {
            _clients.Add(channel);
            if (_errors is not null)
            {
                channel.Writer.TryWrite(_errors);
            }
        }
        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<string> reader)
    {
        lock (_lock)
        {
            _clients.RemoveAll(c => c.Reader == reader);
        }
    }

    public void Publish(LiveBuildResult result)
    {
        var errors = result.Succeeded ? null : Event("errors", JsonSerializer.Serialize(
            result.Errors.Select(d => new { path = d.Path, line = d.Line, column = d.Column, id = d.Id, message = d.Message, hint = d.Hint })));
        var message = errors ?? Event("reload", JsonSerializer.Serialize(new { everything = result.Everything, pages = result.Pages }));
        // Under the lock, with the sending: a page that subscribes meanwhile gets the errors of the build it follows.
        lock (_lock)
        {
            _errors = errors;
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>Ends every event stream, so that the server can stop.</summary>
    public void Close()
    {
        lock (_lock)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }
            _clients.Clear();
        }
    }

    private static string Event(string name, string json) => $"event: {name}\ndata: {json}\n\n";
}
