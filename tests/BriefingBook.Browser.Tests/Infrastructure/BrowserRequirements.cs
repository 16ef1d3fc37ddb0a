namespace BriefingBook.Browser.Tests.Infrastructure;

/// <summary>
/// Says what the browser tests need and whether this machine has it: the system's Chromium, and for the
/// accessibility and HTML checks the npm tools installed with <c>npm ci</c> in this project's folder.
/// </summary>
public static class BrowserRequirements
{
    /// <summary>The system's Chromium, or the one named by <c>BRIEFINGBOOK_CHROMIUM</c>.</summary>
    public static string ChromiumPath { get; } =
        Environment.GetEnvironmentVariable("BRIEFINGBOOK_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>This project's source folder, where package.json and node_modules are.</summary>
    public static string ProjectFolder { get; } = Path.Combine(RepositoryRoot.Path, "tests", "BriefingBook.Browser.Tests");

    public static string NodeModules => Path.Combine(ProjectFolder, "node_modules");

    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string HtmlValidateScript => Path.Combine(NodeModules, "html-validate", "bin", "html-validate.mjs");

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingBrowser =>
        File.Exists(ChromiumPath) ? null : $"Chromium not found at {ChromiumPath} (install the Debian package chromium, or set BRIEFINGBOOK_CHROMIUM)";

    /// <summary>Why the npm-based checks cannot run here, or null when they can.</summary>
    public static string? MissingNpmTools
    {
        get
        {
            if (FindOnPath("node") is null)
            {
                return "node not found on PATH (the accessibility and HTML checks run npm packages)";
            }
            return File.Exists(AxeScript) && File.Exists(HtmlValidateScript)
                ? null
                : $"npm tools missing: run `npm ci` in {ProjectFolder}";
        }
    }

    public static string? FindOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
    }
}
