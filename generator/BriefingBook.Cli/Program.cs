using System.CommandLine;
using BriefingBook.Cli.Commands;

namespace BriefingBook.Cli;

/// <summary>The <c>briefingbook</c> executable: one subcommand per task on the book.</summary>
public static class Program
{
    public static int Main(string[] args) =>
        Commands().Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });

    /// <summary>Every command, with its options and arguments.</summary>
    public static RootCommand Commands()
    {
        var root = new RootCommand("BriefingBook: builds a bilingual, cross-linked briefing book from Markdown and templates.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(PdfCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        return root;
    }
}
