using System.CommandLine;
using System.Diagnostics;
using BriefingBook.Generator;
using BriefingBook.Generator.Serve;
using BriefingBook.Server;

namespace BriefingBook.Cli.Commands;

/// <summary><c>briefingbook serve</c>: builds the book into a preview folder, serves it on this machine and rebuilds it on every save.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var config = BookOptions.Config();
        var port = new Option<int>("--port", "-p") { Description = "The port (0: any free port).", DefaultValueFactory = _ => 4000 };
        var host = new Option<string>("--host") { Description = "The address to listen on; anything but 127.0.0.1, ::1 or localhost opens the preview to the network.", DefaultValueFactory = _ => "127.0.0.1" };
        var drafts = BookOptions.Drafts();
        var open = new Option<bool>("--open") { Description = "Open the preview in the default browser." };
        var command = new Command("serve", "Serve the book on this machine, rebuilding what changes on every save, with live reload.")
        {
            config, port, host, drafts, open,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var options = new BuildOptions { ConfigPath = parse.GetValue(config) ?? "site.yml", IncludeDrafts = parse.GetValue(drafts) };
            var address = parse.GetValue(host) ?? "127.0.0.1";
            if (!ServeSettings.IsLoopback(address))
            {
                if (!System.Net.IPAddress.TryParse(address, out var parsed))
                {
                    System.Console.Error.WriteLine($"error: '{address}' is not an IP address; use 127.0.0.1 (the default), ::1 or an address of this machine");
                    return 1;
                }
                // Requests must name the bound address (see HostGuard), which 0.0.0.0 or :: never is.
                if (parsed.Equals(System.Net.IPAddress.Any) || parsed.Equals(System.Net.IPAddress.IPv6Any))
                {
                    System.Console.Error.WriteLine($"error: '{address}' listens on every address, and browsers would reach it by none; give this machine's own address, as in --host 192.168.1.20");
                    return 1;
                }
                System.Console.Error.WriteLine($"warning: the preview listens on {address}: anyone who can reach this machine can read the book, drafts included");
            }
            var root = Path.GetDirectoryName(Path.GetFullPath(options.ConfigPath)) ?? "";
            var settings = new ServeSettings { Host = address, Port = parse.GetValue(port), PreviewFolder = ServeSettings.DefaultPreviewFolder(root) };
            await using var session = new ServeSession(options, settings);
            session.Rebuilt += (changed, result) => Report(root, result, string.Join(", ", changed));
            session.PrintEditionsRebuilt += result => Report(root, result, "print editions");
            var clock = Stopwatch.StartNew();
            var first = await session.StartAsync(cancel);
            Report(root, first with { Elapsed = clock.Elapsed }, null);
            System.Console.Out.WriteLine($"serving {session.Address} (preview in {settings.PreviewFolder}); press Ctrl+C to stop");
            if (parse.GetValue(open))
            {
                Browser.Open(session.Address);
            }
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
            }
            return 0;
        });
        return command;
    }

    private static void Report(string root, LiveBuildResult result, string? changed)
    {
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == Generator.Diagnostics.DiagnosticSeverity.Error))
        {
            System.Console.Error.WriteLine(diagnostic with { Path = BuildRunner.FromCurrentFolder(root, diagnostic.Path) });
        }
        var what = !result.Succeeded ? "build failed; the last good pages are still served"
            : result.Everything ? "built every page" : $"rebuilt {result.Pages.Count} page(s)";
        System.Console.Out.WriteLine($"{(changed is null ? "" : changed + ": ")}{what} in {result.Elapsed.TotalMilliseconds:0} ms");
    }
}
