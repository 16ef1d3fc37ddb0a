using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Tests.Fixtures;
using BriefingBook.Generator.Write;

namespace BriefingBook.Generator.Tests.Write;

public sealed class OutputSafetyTests
{
    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("templates")]
    [InlineData("..")]
    [InlineData("content/fr")]
    [InlineData("templates/out")]
    public void Protected_folders_are_refused_and_nothing_is_deleted(string output)
    {
        using var site = new TestSite();
        var before = Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Length;
        var result = site.Build(output: Path.Combine(site.Root, output));
        DiagnosticAssert.HasError(result, "BB5001");
        Assert.Equal(before, Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_folder_with_foreign_files_is_refused_and_kept()
    {
        using var site = new TestSite();
        site.Write("public/notes.txt", "mine");
        var result = site.Build();
        DiagnosticAssert.HasError(result, "BB5002");
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Output, "notes.txt")));
    }

    [Fact]
    public void A_file_path_leaving_the_output_is_refused()
    {
        using var site = new TestSite();
        var output = Path.Combine(site.Root, "out");
        var bag = new DiagnosticBag();
        var ok = OutputWriter.Write(output, [OutputFile.Text("../escape.html", "x"), OutputFile.Text("/etc/x.html", "x")], bag);
        Assert.False(ok);
        Assert.Contains(bag.ToSortedList(), d => d.Id == "BB5003");
        Assert.False(File.Exists(Path.Combine(site.Root, "escape.html")));
        Assert.False(Directory.Exists(output));
        Assert.False(Directory.Exists(OutputWriter.StagingFolder(output)));
    }

    [Fact]
    public void The_output_is_swapped_whole_and_marked()
    {
        using var site = new TestSite();
        var output = Path.Combine(site.Root, "out");
        var bag = new DiagnosticBag();
        Assert.True(OutputWriter.Write(output, [OutputFile.Text("a.html", "1"), OutputFile.Text("x/b.html", "2")], bag));
        Assert.True(OutputMarker.IsMarked(output));
        Assert.True(OutputWriter.Write(output, [OutputFile.Text("c.html", "3")], bag));
        Assert.False(File.Exists(Path.Combine(output, "a.html")));
        Assert.True(File.Exists(Path.Combine(output, "c.html")));
        Assert.False(Directory.Exists(OutputWriter.StagingFolder(output)));
        Assert.False(Directory.Exists(OutputWriter.PreviousFolder(output)));
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_build_is_cleaned_up()
    {
        using var site = new TestSite();
        var output = Path.Combine(site.Root, "out");
        var staging = OutputWriter.StagingFolder(output);
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, OutputMarker.FileName), OutputMarker.Text);
        File.WriteAllText(Path.Combine(staging, "half.html"), "half");
        var bag = new DiagnosticBag();
        Assert.True(OutputWriter.Write(output, [OutputFile.Text("a.html", "1")], bag));
        Assert.False(File.Exists(Path.Combine(output, "half.html")));
    }

    [Fact]
    public void An_output_interrupted_between_the_two_moves_is_recovered()
    {
        using var site = new TestSite();
        var output = Path.Combine(site.Root, "out");
        var bag = new DiagnosticBag();
        Assert.True(OutputWriter.Write(output, [OutputFile.Text("a.html", "1")], bag));
        Directory.Move(output, OutputWriter.PreviousFolder(output));
        Assert.True(OutputWriter.Write(output, [OutputFile.Text("b.html", "2")], bag));
        Assert.True(File.Exists(Path.Combine(output, "b.html")));
        Assert.False(Directory.Exists(OutputWriter.PreviousFolder(output)));
    }

    [Fact]
    public void Content_reached_through_a_link_leaving_the_project_is_refused()
    {
        using var site = new TestSite();
        var outside = Path.Combine(Path.GetTempPath(), "bb-outside-" + Guid.NewGuid().ToString("N")[..8] + ".md");
        File.WriteAllText(outside, "---\ntitle: Secret\n---\n");
        try
        {
            File.CreateSymbolicLink(Path.Combine(site.Root, "content/fr/articles/secret.md"), outside);
            DiagnosticAssert.HasError(site.Build(), "BB2001", "content/fr/articles/secret.md");
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void Templates_and_assets_reached_through_a_link_leaving_the_project_are_refused()
    {
        using var site = new TestSite();
        var outside = Path.Combine(Path.GetTempPath(), "bb-outside-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "tag.html"), "<p>{{ page.title }}</p>");
        File.WriteAllText(Path.Combine(outside, "secret.css"), "body {}");
        try
        {
            File.Delete(Path.Combine(site.Root, "templates/layouts/tag.html"));
            File.CreateSymbolicLink(Path.Combine(site.Root, "templates/layouts/tag.html"), Path.Combine(outside, "tag.html"));
            File.CreateSymbolicLink(Path.Combine(site.Root, "templates/assets/secret.css"), Path.Combine(outside, "secret.css"));
            var result = site.Build();
            DiagnosticAssert.HasError(result, "BB4001");
            site.Delete("templates/layouts/tag.html");
            File.Copy(Path.Combine(RepositoryRoot.Path, "templates/layouts/tag.html"), Path.Combine(site.Root, "templates/layouts/tag.html"));
            DiagnosticAssert.HasError(site.Build(), "BB5005", "templates/assets/secret.css");
            Assert.False(Directory.Exists(site.Output));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
