using BriefingBook.Browser.Tests.Infrastructure;

namespace BriefingBook.Browser.Tests;

/// <summary>
/// Margin notes (<c>aside.margin-note</c>, as the annotation layer writes them) stand beside the text on wide
/// screens and inside it on narrow ones, never off the screen. The book's briefs have none yet, so the test
/// puts one, as the generator would write it, into a real article.
/// </summary>
[Collection(BookCollection.Name)]
public sealed class MarginNoteTests(BuiltBook book)
{
    private const string AddNote = """
        () => {
          const paragraph = document.querySelector('.article-body > p');
          const note = document.createElement('aside');
          note.className = 'margin-note';
          note.setAttribute('role', 'note');
          note.innerHTML = '<p>A short remark that belongs in the margin, beside the paragraph it comments on.</p>';
          paragraph.before(note);
          const n = note.getBoundingClientRect(), p = paragraph.getBoundingClientRect();
          return [n.left, n.right, p.left, p.right, document.documentElement.scrollWidth - innerWidth];
        }
        """;

    [BrowserTheory]
    [InlineData(1440)]
    [InlineData(1920)]
    public async Task On_a_wide_screen_a_margin_note_stands_in_the_margin(int width)
    {
        await using var page = await book.OpenAsync(Access.Http, "en/articles/" + FirstArticle("en"), width: width);
        var box = await page.Page.EvaluateAsync<double[]>(AddNote);
        Assert.True(box[0] >= box[3], $"the note ({box[0]}–{box[1]}) overlaps the text column ({box[2]}–{box[3]})");
        Assert.True(box[1] <= width, $"the note ends at {box[1]}, past the screen's {width} px");
        Assert.True(box[4] <= 0, $"the page scrolls sideways by {box[4]} px");
    }

    [BrowserTheory]
    [InlineData(360)]
    [InlineData(1200)]
    public async Task On_a_narrow_screen_a_margin_note_stays_in_the_column(int width)
    {
        await using var page = await book.OpenAsync(Access.Http, "fr/articles/" + FirstArticle("fr"), width: width);
        var box = await page.Page.EvaluateAsync<double[]>(AddNote);
        Assert.True(box[0] >= box[2] - 1 && box[1] <= box[3] + 1, $"the note ({box[0]}–{box[1]}) leaves the column ({box[2]}–{box[3]})");
        Assert.True(box[4] <= 0, $"the page scrolls sideways by {box[4]} px");
    }

    private string FirstArticle(string lang) =>
        Path.GetFileName(Directory.GetFiles(Path.Combine(book.Output, lang, "articles"), "*.html").Order().First());
}
