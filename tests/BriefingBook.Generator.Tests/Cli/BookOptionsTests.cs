using System.CommandLine;
using BriefingBook.Cli.Commands;

namespace BriefingBook.Generator.Tests.Cli;

public sealed class BookOptionsTests
{
    public static TheoryData<string[]> CommandsThatReadABook => new()
    {
        new[] { "build" },
        new[] { "pdf" },
        new[] { "serve" },
        new[] { "check" },
        new[] { "new", "article", "alpha" },
        new[] { "new", "entry", "otan" },
    };

    public static TheoryData<string[]> CommandsThatShowDrafts => new()
    {
        new[] { "build" },
        new[] { "pdf" },
        new[] { "serve" },
        new[] { "check" },
    };

    [Theory]
    [MemberData(nameof(CommandsThatReadABook))]
    public void Every_command_reads_the_settings_file_from_the_same_option(string[] command)
    {
        foreach (var spelling in new[] { "--config", "-c" })
        {
            var parse = BriefingBook.Cli.Program.Commands().Parse([.. command, spelling, "book/site.yml"]);
            Assert.Empty(parse.Errors);
            Assert.Equal("book/site.yml", parse.GetValue<string>("--config"));
        }
        var defaults = BriefingBook.Cli.Program.Commands().Parse(command);
        Assert.Equal("site.yml", defaults.GetValue<string>("--config"));
        Assert.Equal(BookOptions.Config().Description, Option(command, "--config").Description);
    }

    [Theory]
    [MemberData(nameof(CommandsThatShowDrafts))]
    public void Every_command_that_shows_the_book_takes_drafts_from_the_same_option(string[] command)
    {
        Assert.True(BriefingBook.Cli.Program.Commands().Parse([.. command, "--drafts"]).GetValue<bool>("--drafts"));
        Assert.False(BriefingBook.Cli.Program.Commands().Parse(command).GetValue<bool>("--drafts"));
        Assert.Equal(BookOptions.Drafts().Description, Option(command, "--drafts").Description);
    }

    [Fact]
    public void New_takes_no_drafts_option_since_it_only_creates_files()
    {
        Assert.NotEmpty(BriefingBook.Cli.Program.Commands().Parse(["new", "article", "alpha", "--drafts"]).Errors);
    }

    private static Option Option(string[] path, string name)
    {
        Command command = BriefingBook.Cli.Program.Commands();
        foreach (var word in path)
        {
            if (command.Subcommands.FirstOrDefault(c => c.Name == word) is not { } subcommand)
            {
                break;
            }
            command = subcommand;
        }
        return command.Options.Single(o => o.Name == name);
    }
}
