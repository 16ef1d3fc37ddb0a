using System.CommandLine;
using BriefingBook.Generator;

namespace BriefingBook.Cli.Commands;

/// <summary><c>briefingbook pdf</c>: refreshes the print editions and makes the PDFs, leaving the rest of the output as it is.</summary>
public static class PdfCommand
{
    public static Command Create()
    {
        var config = BookOptions.Config();
        var output = BookOptions.Output();
        var drafts = BookOptions.Drafts();
        var quiet = BookOptions.Quiet();
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
