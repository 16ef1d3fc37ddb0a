using System.Globalization;
using BriefingBook.Generator.Tests.Fixtures;
using BriefingBook.Generator.Write;

namespace BriefingBook.Generator.Tests.Site;

[Collection(nameof(ProcessWideState))]
public sealed class BuildSafetyTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_output_intact()
    {
        using var site = new TestSite();
        DiagnosticAssert.NoErrors(site.Build());
        var before = Snapshot(site.Output);
        site.Write("content/fr/articles/alpha.md", "---\ntitle: [broken\n---\n");
        Assert.False(site.Build().Succeeded);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.False(Directory.Exists(OutputWriter.StagingFolder(site.Output)));
    }

    [Fact]
    public void The_build_refuses_a_folder_it_did_not_produce_and_deletes_nothing()
    {
        using var site = new TestSite().Write("elsewhere/keep.txt", "keep");
        var result = site.Build(output: Path.Combine(site.Root, "elsewhere"));
        DiagnosticAssert.HasError(result, "BB5002");
        Assert.True(File.Exists(Path.Combine(site.Root, "elsewhere/keep.txt")));
    }

    [Fact]
    public void Two_builds_are_byte_identical_whatever_the_culture_time_zone_path_and_core_count()
    {
        using var first = new TestSite()
            .Write("content/fr/articles/beta.md", TestSite.Article("Bêta : ça ?", "gamma", "Seul.", "Texte[^1] sur l'OTAN.\n\n[^1]: Note."))
            .Write("content/fr/glossary/otan.md", "---\nname: OTAN\ndefinition: Alliance.\n---\nTexte.\n")
            .Write("content/en/glossary/otan.md", "---\nname: NATO\ndefinition: Alliance.\n---\nText.\n")
            .Write("content/chronology.yml", "- date: 2023-01-31\n  fr: Un\n  en: One\n  articles: [alpha]\n");
        for (var i = 0; i < 20; i++)
        {
            first.Write($"content/en/articles/extra-{i}.md", TestSite.Article($"Extra {i}", "extra", "More.", "NATO text."));
        }
        using var second = new TestSite();
        foreach (var file in Directory.EnumerateFiles(first.Root, "*", SearchOption.AllDirectories))
        {
            second.Write(Path.GetRelativePath(first.Root, file), File.ReadAllText(file));
        }
        var culture = CultureInfo.DefaultThreadCurrentCulture;
        var timeZone = Environment.GetEnvironmentVariable("TZ");
        try
        {
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Environment.SetEnvironmentVariable("TZ", "Pacific/Kiritimati");
            TimeZoneInfo.ClearCachedData();
            DiagnosticAssert.NoErrors(first.Build(parallelism: 1));
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            Environment.SetEnvironmentVariable("TZ", "America/Adak");
            TimeZoneInfo.ClearCachedData();
            DiagnosticAssert.NoErrors(second.Build(parallelism: 16));
        }
        finally
        {
            CultureInfo.DefaultThreadCurrentCulture = culture;
            CultureInfo.CurrentCulture = culture ?? CultureInfo.InvariantCulture;
            Environment.SetEnvironmentVariable("TZ", timeZone);
            TimeZoneInfo.ClearCachedData();
        }
        Assert.Equal(Snapshot(first.Output), Snapshot(second.Output));
    }

    private static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(File.ReadAllBytes(f))),
        StringComparer.Ordinal);
}
