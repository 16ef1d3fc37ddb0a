namespace BriefingBook.Server;

/// <summary>Where the preview is built and served, and how long the watcher waits for the editor to finish saving.</summary>
public sealed record ServeSettings
{
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 lets the system choose a free one.</summary>
    public int Port { get; init; } = 4000;

    public required string PreviewFolder { get; init; }

    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// How long the print editions wait after a rebuild before they are made again: the browser fetches its page
    /// first, and a quick run of saves does not make whole editions only to cancel them.
    /// </summary>
    public TimeSpan PrintDelay { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Whether <paramref name="host"/> is reachable only from this machine.</summary>
    public static bool IsLoopback(string host) =>
        host == "localhost" || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address));

    /// <summary>A preview folder of this user for this book, outside the book (the publish output is never touched).</summary>
    public static string DefaultPreviewFolder(string projectRoot)
    {
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(projectRoot))))[..12];
        return Path.Combine(Path.GetTempPath(), $"briefingbook-preview-{Environment.UserName}-{hash.ToLowerInvariant()}");
    }
}
