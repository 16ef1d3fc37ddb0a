using BriefingBook.Generator.Print;

namespace BriefingBook.Generator.Tests.Print;

/// <summary>A print heading keeps its last two words together, so it never ends on a word alone.</summary>
public sealed class PrintTitleTests
{
    [Theory]
    [InlineData("Japon et Corée du Sud&nbsp;: le pari d’une alliance", "Japon et Corée du Sud&nbsp;: le pari <span class=\"keep-together\">d’une alliance</span>")]
    [InlineData("A NATO office in Tokyo, but no membership", "A NATO office in Tokyo, but <span class=\"keep-together\">no membership</span>")]
    [InlineData("Trump &amp; the alliance ", "Trump &amp; <span class=\"keep-together\">the alliance</span>")]
    public void The_last_two_words_are_set_in_a_span_that_does_not_wrap(string title, string expected) =>
        Assert.Equal(expected, PrintTitle.KeepLastWordsTogether(title));

    [Theory]
    [InlineData("Glossary")]
    [InlineData("Trump’s America")]
    [InlineData("The case for institutionalisation-and-interoperability arrangements")]
    public void Short_titles_and_very_long_last_words_are_left_as_they_are(string title) =>
        Assert.Equal(title, PrintTitle.KeepLastWordsTogether(title));
}
