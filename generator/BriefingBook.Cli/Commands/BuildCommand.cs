using System.CommandLine;
using BriefingBook.Cli.Console;
using BriefingBook.Generator;

namespace BriefingBook.Cli.Commands;

/// <summary><c>briefingbook build</c>: builds the whole book into the output folder, atomically.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var config = new Option<string>("--config", "-c")
        {
            Description = "The book's settings file; the book is the folder that holds it.",
            DefaultValueFactory = _ => "site.yml",
            HelpName = "path",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The output folder, instead of site.yml's 'output' (default public/).",
            HelpName = "folder",
        };
        var drafts = new Option<bool>("--drafts") { Description = "Also build articles marked 'draft: true'." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and warnings." };
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
