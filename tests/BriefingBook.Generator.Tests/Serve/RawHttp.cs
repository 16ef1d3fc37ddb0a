using System.Net.Sockets;
using System.Text;

namespace BriefingBook.Generator.Tests.Serve;

/// <summary>Sends a request exactly as written (HttpClient would clean up dot segments) and returns the status and body.</summary>
public static class RawHttp
{
    public static async Task<(int Status, string Text)> GetAsync(Uri server, string target, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {host ?? server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, text);
    }
}
