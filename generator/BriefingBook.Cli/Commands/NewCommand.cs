using System.CommandLine;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Scaffold;

namespace BriefingBook.Cli.Commands;

/// <summary><c>briefingbook new article|entry KEY</c>: creates the files of a new article or entry in every language.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Create a new article or entry in every language of the book, never replacing a file.");
        command.Subcommands.Add(Article());
        command.Subcommands.Add(Entry());
        return command;
    }

    private static Command Article()
    {
        var (config, key) = Common();
        var command = new Command("article", "Create content/LANG/articles/KEY.md in every language (a draft dated today).") { config, key };
        command.SetAction(parse => Run(parse.GetValue(config)!, (site, bag) =>
            Scaffolder.NewArticle(site, parse.GetValue(key)!, DateOnly.FromDateTime(DateTime.Now), bag)));
        return command;
    }

    private static Command Entry()
    {
        var (config, key) = Common();
        var person = new Option<bool>("--person") { Description = "A who's who entry (content/LANG/people/) instead of a glossary entry." };
        var command = new Command("entry", "Create a glossary entry (or a who's who entry with --person) in every language.") { config, key, person };
        command.SetAction(parse => Run(parse.GetValue(config)!, (site, bag) =>
            Scaffolder.NewEntry(site, parse.GetValue(key)!, parse.GetValue(person) ? EntryKind.Person : EntryKind.Glossary, bag)));
        return command;
    }

    private static (Option<string> Config, Argument<string> Key) Common() => (
        BookOptions.Config(),
        new Argument<string>("KEY") { Description = "The key: lower-case letters, digits and hyphens; it names the files." });

    private static int Run(string configPath, Func<SiteConfig, DiagnosticBag, IReadOnlyList<string>> create)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(configPath, diagnostics);
        var created = config is null || diagnostics.HasErrors ? [] : create(config, diagnostics);
        var root = Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? "";
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            System.Console.Error.WriteLine(diagnostic with { Path = BuildRunner.FromCurrentFolder(root, diagnostic.Path) });
        }
        foreach (var path in created)
        {
            System.Console.Out.WriteLine("created " + BuildRunner.FromCurrentFolder(root, path));
        }
        return diagnostics.HasErrors ? 1 : 0;
    }
}
