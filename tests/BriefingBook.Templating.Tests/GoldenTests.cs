namespace BriefingBook.Templating.Tests;

/// <summary>
/// Runs every golden pair of <c>Golden/</c>: <c>NNN-name.txt</c> must render to <c>NNN-name.out.txt</c>,
/// byte for byte. Set GOLDEN_UPDATE=1 to write the actual outputs instead (then review the diff).
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(GoldenRenderer.Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!name.EndsWith(".out.txt", StringComparison.Ordinal))
            {
                data.Add(name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_as_expected(string name)
    {
        var templatePath = Path.Combine(GoldenRenderer.Folder, name);
        var expectedPath = Path.ChangeExtension(templatePath, ".out.txt");
        var actual = GoldenRenderer.Render(name, File.ReadAllText(templatePath));

        if (Environment.GetEnvironmentVariable("GOLDEN_UPDATE") == "1")
        {
            File.WriteAllText(Path.Combine(GoldenRenderer.SourceFolder, Path.GetFileName(expectedPath)), actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"Missing expected output {Path.GetFileName(expectedPath)}");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
