using System.Text;

namespace BriefingBook.Generator.Tests.Serve;

/// <summary>Reads the preview's server-sent events, one <c>event:</c>/<c>data:</c> pair at a time.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, Stream stream)
    {
        _response = response;
        _reader = new StreamReader(stream, Encoding.UTF8);
    }

    public static async Task<EventStream> OpenAsync(HttpClient client)
    {
        var response = await client.GetAsync("__briefingbook/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var events = new EventStream(response, await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await events._reader.ReadLineAsync());
        return events;
    }

    /// <summary>The next event's name and data, or a failure after <paramref name="seconds"/>.</summary>
    public async Task<(string Name, string Data)> NextAsync(int seconds = 15)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        string? name = null;
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("the event stream ended");
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
            {
                return (name, line["data: ".Length..]);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
