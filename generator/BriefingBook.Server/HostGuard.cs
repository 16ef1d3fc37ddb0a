namespace BriefingBook.Server;

/// <summary>
/// Accepts a request only when its Host, and its Origin when it has one, name the address the server is
/// bound to, so that another site open in the browser (or a rebound DNS name) cannot read the preview.
/// </summary>
public sealed class HostGuard(string host, int port)
{
    private readonly HashSet<string> _hosts = Names(host).Select(n => $"{n}:{port}").ToHashSet(StringComparer.OrdinalIgnoreCase);

    public bool Allows(string? hostHeader, string? origin)
    {
        if (string.IsNullOrEmpty(hostHeader) || !_hosts.Contains(hostHeader))
        {
            return false;
        }
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }
        return origin.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && _hosts.Contains(origin["http://".Length..]);
    }

    /// <summary>The names a browser may use for the bound address: a loopback address is also <c>localhost</c>.</summary>
    private static IEnumerable<string> Names(string host)
    {
        var bare = host.Trim('[', ']');
        yield return host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
        if (bare is "127.0.0.1" or "::1")
        {
            yield return "localhost";
        }
    }
}
