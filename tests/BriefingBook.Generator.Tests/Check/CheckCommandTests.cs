using System.Text.Json;
using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Check;

[Collection(nameof(ProcessWideState))]
public sealed class CheckCommandTests
{
    [Fact]
    public void Errors_give_exit_code_one_and_the_tool_format()
    {
        using var site = new TestSite().Write("content/en/articles/alpha.md", TestSite.Article("Alpha", "alpha", "First.", "See [[nowhere]].\n"));
        var (code, output, error) = CliRunner.Run("check", "--config", Path.Combine(site.Root, "site.yml"));
        Assert.Equal(1, code);
        Assert.Contains("error BB3006", error);
        Assert.Contains("1 error(s)", output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_sound_book_gives_exit_code_zero_and_json_on_request()
    {
        using var site = new TestSite();
        var (code, output, _) = CliRunner.Run("check", "--config", Path.Combine(site.Root, "site.yml"), "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(0, JsonDocument.Parse(output).RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void The_real_book_has_no_errors()
    {
        var (code, output, error) = CliRunner.Run("check", "--config", Path.Combine(RepositoryRoot.Path, "site.yml"));
        Assert.True(code == 0, error + output);
    }
}
