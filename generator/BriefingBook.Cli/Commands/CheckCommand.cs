using System.CommandLine;
using BriefingBook.Generator;
using BriefingBook.Generator.Check;

namespace BriefingBook.Cli.Commands;

/// <summary><c>briefingbook check</c>: every analysis and editorial rule, nothing written, every problem at once.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var config = BookOptions.Config();
        var drafts = BookOptions.Drafts();
        var format = new Option<string>("--format") { Description = "'text' (default) or 'json' for tools.", DefaultValueFactory = _ => "text", HelpName = "text|json" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check the book without writing it: cross-references, translations, entries, front matter, images.")
        {
            config, drafts, format,
        };
        command.SetAction(parse =>
        {
            var result = BookChecker.Run(new BuildOptions { ConfigPath = parse.GetValue(config) ?? "site.yml", IncludeDrafts = parse.GetValue(drafts) });
            if (parse.GetValue(format) == "json")
            {
                System.Console.Out.WriteLine(CheckReportJson.Write(result.Diagnostics));
            }
            else
            {
                foreach (var diagnostic in result.Diagnostics)
                {
                    var shown = diagnostic with { Path = BuildRunner.FromCurrentFolder(result.ProjectRoot, diagnostic.Path) };
                    (diagnostic.Severity == Generator.Diagnostics.DiagnosticSeverity.Error ? System.Console.Error : System.Console.Out).WriteLine(shown);
                }
                System.Console.Out.WriteLine($"check: {result.Errors.Count()} error(s), {result.Warnings.Count()} warning(s)");
            }
            return result.Succeeded ? 0 : 1;
        });
        return command;
    }
}
