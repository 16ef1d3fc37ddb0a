using System.CommandLine;

namespace BriefingBook.Cli.Commands;

/// <summary>The options every command that reads a book shares, defined once so their names and help agree.</summary>
public static class BookOptions
{
    public static Option<string> Config() => new("--config", "-c")
    {
        Description = "The book's settings file; the book is the folder that holds it.",
        DefaultValueFactory = _ => "site.yml",
        HelpName = "path",
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "The output folder, instead of site.yml's 'output' (default public/).",
        HelpName = "folder",
    };

    public static Option<bool> Drafts() => new("--drafts") { Description = "Also include the articles marked 'draft: true'." };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print only errors and warnings." };
}
