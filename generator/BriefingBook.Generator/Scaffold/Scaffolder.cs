using System.Globalization;
using System.Text;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;
using BriefingBook.Generator.Model;

namespace BriefingBook.Generator.Scaffold;

/// <summary>
/// Creates the files of a new article or entry in every language of the book, with complete front
/// matter whose texts to write are marked as such. It never replaces a file: when one of them exists,
/// none is written.
/// </summary>
public static class Scaffolder
{
    /// <summary>The text marking what the editor still has to write; <c>check</c> and readers see it at once.</summary>
    public const string ToWrite = "TO WRITE";

    public static IReadOnlyList<string> NewArticle(SiteConfig config, string key, DateOnly today, DiagnosticBag diagnostics) =>
        Create(config, key, "articles", language => ArticleText(key, today), diagnostics);

    public static IReadOnlyList<string> NewEntry(SiteConfig config, string key, EntryKind kind, DiagnosticBag diagnostics) =>
        Create(config, key, kind == EntryKind.Person ? "people" : "glossary", language => EntryText(kind), diagnostics);

    private static IReadOnlyList<string> Create(SiteConfig config, string key, string folder, Func<string, string> text, DiagnosticBag diagnostics)
    {
        if (!ContentName.IsValid(key))
        {
            diagnostics.Error(LoadDiagnosticIds.UnsafeName, new SourceLocation(key), $"'{key}' is not a valid key", ContentName.Rule);
            return [];
        }
        var paths = config.Languages.Select(l => (Language: l.Code, Path: Path.Combine(config.ContentFolder, l.Code, folder, key + ".md"))).ToList();
        foreach (var (_, path) in paths.Where(p => File.Exists(p.Path)))
        {
            diagnostics.Error(LoadDiagnosticIds.UnsafeName, new SourceLocation(ContentLoader.Relative(config, path)), "this file already exists and was left as it is",
                "choose another key, or edit the existing file");
        }
        if (diagnostics.HasErrors)
        {
            return [];
        }
        var created = new List<string>();
        foreach (var (language, path) in paths)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(false).GetBytes(text(language)));
            created.Add(ContentLoader.Relative(config, path));
        }
        return created;
    }

    private static string ArticleText(string key, DateOnly today) => $"""
        ---
        title: "{ToWrite}: the title of {key}"
        summary: "{ToWrite}: one or two sentences saying what the article argues."
        date: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
        authors: [The editors]
        tags: []
        translation_key: {key}
        draft: true
        ---
        {ToWrite}: the text of the article. Remove 'draft: true' above when it is ready to publish.

        """;

    private static string EntryText(EntryKind kind) => kind == EntryKind.Person
        ? $"""
        ---
        name: "{ToWrite}: full name"
        definition: "{ToWrite}: who they are, in one line."
        aliases: []
        see_also: []
        ---
        {ToWrite}: what the book says about them.

        """
        : $"""
        ---
        name: "{ToWrite}: term"
        definition: "{ToWrite}: the definition, in one line."
        aliases: []
        category: concept
        see_also: []
        ---
        {ToWrite}: what the book says about it.

        """;
}
