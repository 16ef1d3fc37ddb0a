using System.Text;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Load;

/// <summary>
/// Finds and reads every content file the editor's guide lists, in a stable order. Files reached
/// through a link that leaves the project are refused; names that are not safe keys are refused.
/// </summary>
public static class ContentLoader
{
    private static readonly (string Folder, ContentFileKind Kind)[] Folders =
    [
        ("articles", ContentFileKind.Article),
        ("glossary", ContentFileKind.Glossary),
        ("people", ContentFileKind.Person),
        ("pages", ContentFileKind.Standalone),
    ];

    public static List<ContentFile> Load(SiteConfig config, DiagnosticBag diagnostics)
    {
        var files = new List<ContentFile>();
        var content = config.ContentFolder;
        if (!Directory.Exists(content))
        {
            diagnostics.Error(LoadDiagnosticIds.Unreadable, new SourceLocation("content"), "the content folder was not found",
                "create content/ beside site.yml, with one folder per language (see content/README.md)");
            return files;
        }
        if (!SafePath.IsInside(config.ProjectRoot, content))
        {
            diagnostics.Error(LoadDiagnosticIds.Unreadable, new SourceLocation("content"), "the content folder is a link that leaves the book's folder",
                "keep content/ inside the book's folder");
            return files;
        }
        var languages = config.Languages.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var dir in Sorted(Directory.EnumerateDirectories(content)))
        {
            var name = Path.GetFileName(dir);
            if (!languages.Contains(name))
            {
                diagnostics.Warning(LoadDiagnosticIds.UnknownFile, new SourceLocation(Relative(config, dir)),
                    $"the folder '{name}' is not a language of site.yml and is ignored", $"add '{name}' to 'languages' in site.yml, or remove the folder");
            }
        }
        foreach (var file in Sorted(Directory.EnumerateFiles(content)))
        {
            var name = Path.GetFileName(file);
            if (name != "chronology.yml" && name != "README.md" && !name.StartsWith('.'))
            {
                diagnostics.Warning(LoadDiagnosticIds.UnknownFile, new SourceLocation(Relative(config, file)),
                    $"the file '{name}' is not part of the content layout and is ignored", "see content/README.md for the files the generator reads");
            }
        }
        var chronology = Path.Combine(content, "chronology.yml");
        if (File.Exists(chronology))
        {
            Read(config, diagnostics, files, chronology, ContentFileKind.Chronology, null, "chronology");
        }
        foreach (var language in config.Languages)
        {
            LoadLanguage(config, diagnostics, files, language.Code);
        }
        return files;
    }

    private static void LoadLanguage(SiteConfig config, DiagnosticBag diagnostics, List<ContentFile> files, string language)
    {
        var folder = Path.Combine(config.ContentFolder, language);
        if (!Directory.Exists(folder))
        {
            return;
        }
        var home = Path.Combine(folder, "home.md");
        if (File.Exists(home))
        {
            Read(config, diagnostics, files, home, ContentFileKind.Home, language, "home");
        }
        var known = Folders.Select(f => f.Folder).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Sorted(Directory.EnumerateFileSystemEntries(folder)))
        {
            var name = Path.GetFileName(entry);
            if (name != "home.md" && !known.Contains(name) && !name.StartsWith('.'))
            {
                diagnostics.Warning(LoadDiagnosticIds.UnknownFile, new SourceLocation(Relative(config, entry)),
                    $"'{name}' is not part of the content layout and is ignored", "see content/README.md for the files the generator reads");
            }
        }
        foreach (var (sub, kind) in Folders)
        {
            var dir = Path.Combine(folder, sub);
            if (!Directory.Exists(dir))
            {
                continue;
            }
            foreach (var file in Sorted(Directory.EnumerateFiles(dir)))
            {
                var name = Path.GetFileName(file);
                if (name.StartsWith('.'))
                {
                    continue;
                }
                if (!name.EndsWith(".md", StringComparison.Ordinal))
                {
                    diagnostics.Warning(LoadDiagnosticIds.UnknownFile, new SourceLocation(Relative(config, file)),
                        $"'{name}' is not a Markdown file and is ignored", "content files end with .md");
                    continue;
                }
                var key = name[..^3];
                if (!ContentName.IsValid(key))
                {
                    diagnostics.Error(LoadDiagnosticIds.UnsafeName, new SourceLocation(Relative(config, file)),
                        $"the file name '{name}' is not a valid key", $"rename the file: {ContentName.Rule}");
                    continue;
                }
                Read(config, diagnostics, files, file, kind, language, key);
            }
        }
    }

    private static void Read(SiteConfig config, DiagnosticBag diagnostics, List<ContentFile> files, string path, ContentFileKind kind,
        string? language, string key)
    {
        var relative = Relative(config, path);
        if (!SafePath.IsInside(config.ProjectRoot, path))
        {
            diagnostics.Error(LoadDiagnosticIds.Unreadable, new SourceLocation(relative), "this file is a link that leaves the book's folder and is refused",
                "replace the link with the file itself");
            return;
        }
        try
        {
            var text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            files.Add(new ContentFile(kind, language, key, relative, text.TrimStart('\uFEFF')));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(LoadDiagnosticIds.Unreadable, new SourceLocation(relative), $"the file cannot be read: {e.Message}",
                "check that it exists and is readable");
        }
    }

    /// <summary>A project-relative path with '/' separators, as shown in messages.</summary>
    public static string Relative(SiteConfig config, string path) =>
        Path.GetRelativePath(config.ProjectRoot, path).Replace(Path.DirectorySeparatorChar, '/');

    private static IEnumerable<string> Sorted(IEnumerable<string> paths) => paths.Order(StringComparer.Ordinal);
}
