using System.CommandLine;
using BriefingBook.Cli.Console;
using BriefingBook.Generator;

namespace BriefingBook.Cli.Commands;

/// <summary><c>briefingbook build</c>: builds the whole book into the output folder, atomically.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var config = BookOptions.Config();
        var output = BookOptions.Output();
        var drafts = BookOptions.Drafts();
        var quiet = BookOptions.Quiet();
        var noPdf = new Option<bool>("--no-pdf") { Description = "Build the site only, not the PDF edition." };
        var command = new Command("build", "Build the book into the output folder (the previous output stays if the build fails), then its PDFs.")
        {
            config, output, drafts, quiet, noPdf,
        };
        command.SetAction(parse =>
        {
            var options = new BuildOptions
            {
                ConfigPath = parse.GetValue(config) ?? "site.yml",
                OutputFolder = parse.GetValue(output),
                IncludeDrafts = parse.GetValue(drafts),
                Pdf = parse.GetValue(noPdf) ? PdfMode.Skip : PdfMode.Build,
            };
            return BuildRunner.Run(options, parse.GetValue(quiet));
        });
        return command;
    }
}
