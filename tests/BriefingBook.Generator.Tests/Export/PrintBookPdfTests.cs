using System.Text.RegularExpressions;

namespace BriefingBook.Generator.Tests.Export;

/// <summary>Reads the rendered sample book as a reviewer would: contents, index, outline, fonts, metadata, pages.</summary>
public sealed partial class PrintBookPdfTests(PrintBookFixture book) : IClassFixture<PrintBookFixture>
{
    private static readonly IReadOnlyList<(string Id, string Title)> Articles = PrintBookBuilder.Articles(PrintBookFixture.ArticleCount);

    [WeasyPrintFact]
    public void The_export_reports_the_pages_and_size_of_the_pdf()
    {
        Assert.True(book.Result.Succeeded);
        Assert.Equal(book.Pdf.Pages.Count, book.Result.Pages);
        Assert.Equal(new FileInfo(book.Result.TargetPath).Length, book.Result.Bytes);
        Assert.True(book.Result.Seconds > 0);
        Assert.Empty(book.Result.BlockedResources);
    }

    [WeasyPrintFact]
    public void The_print_stylesheet_uses_only_what_the_engine_understands()
    {
        // WeasyPrint warns about each property or value it ignores (as `gap` in flex layouts in version 57).
        Assert.Empty(book.Result.EngineWarnings);
    }

    [WeasyPrintFact]
    public void Each_contents_line_gives_the_page_where_the_article_title_is_printed()
    {
        var contents = ContentsLines();
        foreach (var (id, title) in Articles)
        {
            var printed = Assert.Single(contents, line => line.Title == title).Page;
            var opening = FirstPageAfterContentsShowing(title);
            Assert.Equal(opening, printed);
            Assert.Equal(opening, book.Pdf.Destinations()[id]);
        }
    }

    [WeasyPrintFact]
    public void Contents_lines_of_sections_and_back_matter_give_the_page_of_their_heading()
    {
        var contents = ContentsLines();
        var destinations = book.Pdf.Destinations();
        foreach (var line in contents.Where(line => Articles.All(article => article.Title != line.Title)))
        {
            Assert.Contains(line.Title, book.Pdf.FlatText(line.Page));
        }
        Assert.Equal(destinations["index"], Assert.Single(contents, line => line.Title == "Index").Page);
        Assert.Equal(destinations["glossary"], Assert.Single(contents, line => line.Title == "Glossaire").Page);
    }

    [WeasyPrintFact]
    public void Index_page_numbers_point_to_pages_containing_the_term()
    {
        var entries = IndexEntries();
        Assert.Equal(PrintBookBuilder.IndexTerms.Order(), entries.Keys.Where(PrintBookBuilder.IndexTerms.Contains).Order());
        foreach (var (term, pages) in entries)
        {
            foreach (var page in pages)
            {
                Assert.True(book.Pdf.FlatText(page).Contains(term, StringComparison.OrdinalIgnoreCase),
                    $"index: '{term}' cites page {page}, whose text lacks it");
            }
        }
    }

    [WeasyPrintFact]
    public void Index_entries_cite_each_page_once_and_in_order()
    {
        var entries = IndexEntries();
        Assert.Contains(entries, entry => entry.Value.Count > 1);
        foreach (var (term, pages) in entries)
        {
            Assert.True(pages.SequenceEqual(pages.Distinct().Order()), $"index: '{term}' cites {string.Join(", ", pages)}");
        }
        var indexText = string.Concat(Enumerable.Range(1, book.Pdf.Pages.Count).Where(IsIndexPage).Select(book.Pdf.FlatText));
        Assert.Contains("Alliance atlantique, voir OTAN", indexText);
    }

    [WeasyPrintFact]
    public void The_outline_lists_every_article_with_its_sections_at_their_pages()
    {
        var outline = book.Pdf.Outline();
        var destinations = book.Pdf.Destinations();
        foreach (var (id, title) in Articles)
        {
            var entry = Assert.Single(outline, item => item.Title == title);
            Assert.Equal(1, entry.Level);
            Assert.Equal(destinations[id], entry.Page);
        }
        var sections = outline.Where(item => item.Level == 2).ToList();
        Assert.Equal(13, sections.Count);
        Assert.All(sections, section => Assert.Contains(section.Title, book.Pdf.FlatText(section.Page)));
        Assert.Contains(outline, item => item is { Level: 1, Title: "Sommaire" });
        Assert.Contains(outline, item => item is { Level: 1, Title: "Index" });
        Assert.DoesNotContain(outline, item => item.Title == PrintBookBuilder.BookTitle);
    }

    [WeasyPrintFact]
    public void Every_font_is_embedded()
    {
        var fonts = book.Pdf.Fonts();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font.Embedded, $"{font.Name} is not embedded"));
        Assert.Contains(fonts, font => font.Name.Contains("DejaVu", StringComparison.Ordinal));
    }

    [WeasyPrintFact]
    public void Metadata_carries_title_author_subject_keywords_and_language()
    {
        var info = book.Pdf.Info();
        Assert.Equal(PrintBookBuilder.BookTitle, info["Title"]);
        Assert.Equal("Rédaction du dossier", info["Author"]);
        Assert.Equal(PrintBookBuilder.Subtitle, info["Subject"]);
        Assert.Contains("Indo-Pacifique", info["Keywords"]);
        Assert.Equal("fr", book.Pdf.Language);
        Assert.StartsWith("595", info["Page size"]);
    }

    [WeasyPrintFact]
    public void The_cover_has_no_running_header_nor_page_number()
    {
        var cover = NonEmptyLines(1);
        Assert.StartsWith(PrintBookBuilder.BookTitle, book.Pdf.FlatText(1));
        Assert.DoesNotContain(cover, line => Regex.IsMatch(line, @"^\d+$"));
        Assert.DoesNotContain("Sommaire", book.Pdf.Pages[0]);
    }

    [WeasyPrintFact]
    public void Contents_and_back_matter_open_without_a_running_head()
    {
        var destinations = book.Pdf.Destinations();
        foreach (var (id, title) in new[] { ("contents", "Sommaire"), ("glossary", "Glossaire"), ("chronology", "Chronologie"), ("index", "Index") })
        {
            var lines = NonEmptyLines(destinations[id]);
            Assert.Equal(title, lines[0]);
            Assert.Equal(destinations[id].ToString(), lines[^1]);
        }
    }

    [WeasyPrintFact]
    public void Inner_pages_carry_the_book_title_or_the_article_title_and_a_page_number()
    {
        var (id, title) = Articles[0];
        var opening = book.Pdf.Destinations()[id];
        var next = book.Pdf.Destinations()[Articles[1].Id];
        Assert.True(next - opening >= 2, "the first article should span at least two pages");
        for (var page = opening + 1; page < next; page++)
        {
            var lines = NonEmptyLines(page);
            var header = lines[0];
            var expected = page % 2 == 0 ? PrintBookBuilder.BookTitle.ToUpperInvariant() : title;
            Assert.Equal(expected, header);
            Assert.Equal(page.ToString(), lines[^1]);
        }
        // The opening page shows the title once, as the title, not again in the header.
        Assert.Single(Regex.Matches(book.Pdf.FlatText(opening), Regex.Escape(title)));
    }

    [WeasyPrintFact]
    public void Footnotes_print_at_the_bottom_of_the_page_that_calls_them()
    {
        const string Note = "Conférence de presse conjointe du 31 janvier 2023 à Tokyo.";
        var page = Enumerable.Range(1, book.Pdf.Pages.Count).First(number => book.Pdf.FlatText(number).Contains(Note));
        var lines = NonEmptyLines(page);
        var noteLine = lines.FindIndex(line => line.Contains("Conférence de presse", StringComparison.Ordinal));
        var callLine = lines.FindIndex(line => line.Contains("moment critique", StringComparison.Ordinal));
        Assert.True(callLine >= 0 && callLine < noteLine, "the note is printed below the text that calls it");
        Assert.Matches(@"^1\. Conférence", lines[noteLine]);
        Assert.True(noteLine >= lines.Count - 6, "the note sits at the foot of the page");
    }

    [WeasyPrintFact]
    public void Each_article_starts_on_a_new_page_with_no_running_head()
    {
        var destinations = book.Pdf.Destinations();
        var sides = new HashSet<bool>();
        for (var i = 0; i < Articles.Count; i++)
        {
            var page = destinations[Articles[i].Id];
            sides.Add(page % 2 == 0);
            var lines = NonEmptyLines(page);
            Assert.Equal($"DOSSIER{i + 1}", lines[0].Replace(" ", ""));
            Assert.Equal(page.ToString(), lines[^1]);
        }
        Assert.Equal(2, sides.Count);
    }

    [WeasyPrintFact]
    public void Links_are_clickable_inside_the_book_and_out()
    {
        var contentsPage = book.Pdf.Destinations()["contents"];
        var internalLinks = book.Pdf.Links(contentsPage).Where(link => link.Destination is not null).ToList();
        Assert.True(internalLinks.Count >= Articles.Count);
        Assert.Contains(internalLinks, link => link.Destination == Articles[0].Id);
        var sourcePage = book.Pdf.Destinations()[Articles[1].Id] - 1;
        Assert.Contains(book.Pdf.Links(sourcePage), link => link.Uri == "https://www.nato.int/");
    }

    private List<(string Title, int Page)> ContentsLines()
    {
        var contentsPage = book.Pdf.Destinations()["contents"];
        var lines = new List<(string, int)>();
        for (var page = contentsPage; page < book.Pdf.Destinations()[Articles[0].Id]; page++)
        {
            foreach (var line in book.Pdf.Pages[page - 1].Split('\n'))
            {
                var match = ContentsLine().Match(line);
                if (match.Success)
                {
                    lines.Add((match.Groups["title"].Value.Trim(), int.Parse(match.Groups["page"].Value)));
                }
            }
        }
        Assert.NotEmpty(lines);
        return lines;
    }

    // The page where the title is printed as a title: under its "Dossier n" kicker (letter-spaced, hence the spaces removed).
    private int FirstPageAfterContentsShowing(string title)
    {
        var number = Articles.ToList().FindIndex(article => article.Title == title) + 1;
        var heading = ($"DOSSIER {number} " + title).Replace(" ", "");
        var first = book.Pdf.Destinations()[Articles[0].Id];
        return Enumerable.Range(first, book.Pdf.Pages.Count - first + 1)
            .First(page => book.Pdf.FlatText(page).Replace(" ", "").Contains(heading));
    }

    private bool IsIndexPage(int page) => page >= book.Pdf.Destinations()["index"];

    private Dictionary<string, List<int>> IndexEntries()
    {
        var entries = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var page in Enumerable.Range(1, book.Pdf.Pages.Count).Where(IsIndexPage))
        {
            foreach (var left in new[] { true, false })
            {
                var joined = new List<string>();
                foreach (var raw in book.Pdf.ColumnText(page, left).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0))
                {
                    // An entry whose page list wraps continues on a line that starts with a page number.
                    if (joined.Count > 0 && char.IsDigit(raw[0]) && (joined[^1].EndsWith(',') || !Regex.IsMatch(raw, @"^\d+$")))
                    {
                        joined[^1] += " " + raw;
                    }
                    else
                    {
                        joined.Add(raw);
                    }
                }
                foreach (var line in joined)
                {
                    var match = IndexLine().Match(line);
                    if (match.Success)
                    {
                        entries[match.Groups["term"].Value] = [.. Pages(match.Groups["pages"].Value)];
                    }
                }
            }
        }
        Assert.NotEmpty(entries);
        return entries;
    }

    private static IEnumerable<int> Pages(string list)
    {
        foreach (var item in list.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = item.Split('–');
            var from = int.Parse(bounds[0]);
            var to = bounds.Length > 1 ? int.Parse(bounds[1]) : from;
            for (var page = from; page <= to; page++)
            {
                yield return page;
            }
        }
    }

    private List<string> NonEmptyLines(int page) =>
        [.. book.Pdf.Pages[page - 1].Split('\n').Select(line => Regex.Replace(line.Trim(), @"\s+", " ")).Where(line => line.Length > 0)];

    [GeneratedRegex(@"^\s*(?<title>\S.*?)\s*(?:\.\s*){3,}(?<page>\d+)\s*$")]
    private static partial Regex ContentsLine();

    /// <summary>"OTAN, 3, 5–7 ; voir aussi Article 5": French sets a narrow space before the semicolon.</summary>
    [GeneratedRegex(@"^(?<term>[^,;]+?), (?<pages>\d+(?:[–]\d+)?(?:, \d+(?:[–]\d+)?)*)(?:\s*;.*)?$")]
    private static partial Regex IndexLine();
}
