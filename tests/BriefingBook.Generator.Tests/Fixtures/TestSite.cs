using System.Text;
using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Tests.Fixtures;

/// <summary>
/// A tiny book in a temporary folder, with the repository's templates, built in-process. Each test
/// starts from a French/English pair of articles and changes only what it is about.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string SiteYml = """
        title:
          fr: Livre d'essai
          en: Test book
        languages: [fr, en]
        """;

    public TestSite(bool withDefaults = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "bb-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        CopyFolder(Path.Combine(RepositoryRoot.Path, "templates"), Path.Combine(Root, "templates"));
        if (withDefaults)
        {
            Write("site.yml", SiteYml);
            Write("content/fr/home.md", "---\ntitle: Accueil\n---\nBienvenue.\n");
            Write("content/en/home.md", "---\ntitle: Home\n---\nWelcome.\n");
            Write("content/fr/articles/alpha.md", Article("Alpha en français", "alpha", "Premier dossier.", "## Contexte {#context}\n\nTexte.\n\n## Seulement ici {#fr-only}\n\nPlus.\n"));
            Write("content/en/articles/alpha.md", Article("Alpha in English", "alpha", "First brief.", "## Context {#context}\n\nText.\n"));
        }
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "public");

    public static string Article(string title, string tag, string summary, string body, string extra = "") =>
        $"---\ntitle: \"{title}\"\nsummary: \"{summary}\"\ndate: 2026-11-21\ntags: [{tag}]\norder: 1\n{extra}---\n{body}";

    public TestSite Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return this;
    }

    public TestSite Delete(string path)
    {
        File.Delete(Path.Combine(Root, path));
        return this;
    }

    public BuildResult Build(bool drafts = false, string? output = null, int? parallelism = null) =>
        SiteBuilder.Build(new BuildOptions
        {
            ConfigPath = Path.Combine(Root, "site.yml"),
            IncludeDrafts = drafts,
            OutputFolder = output,
            MaxParallelism = parallelism,
        });

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(Output, outputPath));

    public bool Exists(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
