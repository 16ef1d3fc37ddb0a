using System.Diagnostics;
using BriefingBook.Browser.Tests.Infrastructure;

namespace BriefingBook.Browser.Tests;

/// <summary>html-validate, with the project's configuration, reports no error on any page of the book.</summary>
[Collection(BookCollection.Name)]
public sealed class HtmlValidityTests(BuiltBook book)
{
    [NpmToolsFact]
    public async Task Html_validate_reports_no_error_on_any_page()
    {
        var pages = Directory.GetFiles(book.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length >= 40, $"only {pages.Length} pages built");

        var start = new ProcessStartInfo(BrowserRequirements.FindOnPath("node")!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = BrowserRequirements.ProjectFolder,
        };
        start.ArgumentList.Add(BrowserRequirements.HtmlValidateScript);
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(Path.Combine(BrowserRequirements.ProjectFolder, ".htmlvalidate.json"));
        start.ArgumentList.Add("--formatter");
        start.ArgumentList.Add("text");
        start.ArgumentList.Add(book.Output);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"html-validate exited with {process.ExitCode}:\n{await output}\n{await errors}");
    }
}
