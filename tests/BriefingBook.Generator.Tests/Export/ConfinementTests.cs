using System.Net;
using System.Net.Sockets;
using BriefingBook.Generator.Export;

namespace BriefingBook.Generator.Tests.Export;

/// <summary>A print document that reaches for files outside the output folder and for the network gets neither into its PDF.</summary>
public sealed class ConfinementTests : IDisposable
{
    private readonly string _outside = Directory.CreateTempSubdirectory("bb-outside-").FullName;

    [WeasyPrintFact]
    public async Task Files_outside_the_output_folder_and_remote_urls_never_reach_the_pdf()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.css"), ".probe::after { content: \"SECRET-STYLESHEET\"; }");
        File.WriteAllText(Path.Combine(_outside, "secret.html"), "<p>SECRET-FRAME</p>");
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "SECRET-ATTACHMENT");
        File.WriteAllText(Path.Combine(_outside, "secret.svg"), Svg("SECRET-IMAGE"));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var connections = 0;
        using var stop = new CancellationTokenSource();
        var accepting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref connections);
            }
        });

        var secret = $"file://{_outside}";
        var relativeEscape = "../" + Path.GetFileName(_outside) + "/secret.svg";
        var hostile = $"""
            <style>@import url("{secret}/secret.css"); @font-face {"{"} font-family: Stolen; src: url("file:///etc/hostname"); {"}"}</style>
            <link rel="stylesheet" href="{secret}/secret.css">
            <link rel="stylesheet" href="/etc/hostname">
            <link rel="stylesheet" href="inside.css">
            <link rel="attachment" href="{secret}/secret.txt">
            <p class="probe">probe</p>
            <p class="inside">inside</p>
            <p><a rel="attachment" href="{secret}/secret.txt">attached</a></p>
            <img src="file:///etc/hostname" alt="">
            <img src="{secret}/secret.svg" alt="">
            <img src="{relativeEscape}" alt="">
            <img src="escape.svg" alt="">
            <img src="inside.svg" alt="">
            <iframe src="{secret}/secret.html"></iframe>
            <object data="{secret}/secret.svg" type="image/svg+xml"></object>
            <embed src="{secret}/secret.svg" type="image/svg+xml">
            <div style="height: 10mm; background-image: url('{secret}/secret.svg')"></div>
            <img src="http://127.0.0.1:{port}/pixel.png" alt="">
            <img src="https://example.invalid/pixel.png" alt="">
            """;
        using var output = new PrintOutputFolder(PrintBookBuilder.Build(articles: 1, paragraphsPerSection: "1-1", extraBody: hostile));
        // Files inside the folder are read, but what they in turn point to outside is not.
        File.WriteAllText(Path.Combine(output.Path, "inside.css"),
            $"@import url(\"{secret}/secret.css\");\n.inside::after {{ content: \"INSIDE-STYLESHEET-OK\"; }}");
        File.WriteAllText(Path.Combine(output.Path, "inside.svg"),
            Svg("INSIDE-IMAGE-OK").Replace("</svg>", $"<image href=\"{secret}/secret.svg\" width=\"300\" height=\"40\"/></svg>"));
        File.CreateSymbolicLink(Path.Combine(output.Path, "escape.svg"), Path.Combine(_outside, "secret.svg"));

        var result = await output.ExportAsync();
        stop.Cancel();
        listener.Stop();
        await Task.WhenAny(accepting, Task.Delay(1000));

        Assert.True(result.Succeeded, result.Error);
        var pdf = new PdfInspector(result.TargetPath);
        var text = string.Join("\n", pdf.Pages);
        Assert.Contains("INSIDE-STYLESHEET-OK", text);
        Assert.Contains("INSIDE-IMAGE-OK", text);
        Assert.DoesNotContain("SECRET", text);
        var hostname = File.Exists("/etc/hostname") ? File.ReadAllText("/etc/hostname").Trim() : "";
        if (hostname.Length >= 6)
        {
            Assert.DoesNotContain(hostname, text);
        }
        Assert.Empty(pdf.Attachments());
        Assert.Equal(0, connections);
        Assert.Contains("file:///etc/hostname", result.BlockedResources);
        Assert.Contains($"{secret}/secret.css", result.BlockedResources);
        Assert.Contains($"http://127.0.0.1:{port}/pixel.png", result.BlockedResources);
        Assert.Contains("https://example.invalid/pixel.png", result.BlockedResources);
        Assert.Contains(result.BlockedResources, url => url.EndsWith("/escape.svg", StringComparison.Ordinal));
        Assert.DoesNotContain(result.BlockedResources, url => url.EndsWith("/inside.svg", StringComparison.Ordinal));
        if (OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess)
        {
            Assert.True(result.NetworkIsolated, "as root the engine runs in a network namespace of its own");
        }
    }

    private static string Svg(string text) =>
        $"""<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text x="5" y="25" font-family="DejaVu Sans" font-size="16">{text}</text></svg>""";

    public void Dispose() => Directory.Delete(_outside, recursive: true);
}
