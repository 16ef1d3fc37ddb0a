using System.Diagnostics;

namespace BriefingBook.Cli.Commands;

/// <summary>Opens an address in the user's default browser, with the opener of each system.</summary>
public static class Browser
{
    public static void Open(Uri address)
    {
        var (file, arguments) = OperatingSystem.IsWindows() ? ("cmd", $"/c start {address}")
            : OperatingSystem.IsMacOS() ? ("open", address.ToString()) : ("xdg-open", address.ToString());
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { UseShellExecute = false, CreateNoWindow = true });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            System.Console.Error.WriteLine($"warning: no browser could be opened; open {address} yourself");
        }
    }
}
