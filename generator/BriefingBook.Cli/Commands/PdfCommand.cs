using System.CommandLine;
using BriefingBook.Generator;

namespace BriefingBook.Cli.Commands;

/// <summary><c>briefingbook pdf</c>: refreshes the print editions and makes the PDFs, leaving the rest of the output as it is.</summary>
public static class PdfCommand
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
        var drafts = new Option<bool>("--drafts") { Description = "Also print articles marked 'draft: true'." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and warnings." };
        var command = new Command("pdf", "Make the PDF edition only (one PDF per language); a failed PDF keeps the previous one.")
        {
            config, output, drafts, quiet,
        };
        command.SetAction(parse => BuildRunner.Run(new BuildOptions
        {
            ConfigPath = parse.GetValue(config) ?? "site.yml",
            OutputFolder = parse.GetValue(output),
            IncludeDrafts = parse.GetValue(drafts),
            Pdf = PdfMode.Only,
        }, parse.GetValue(quiet)));
        return command;
    }
}
