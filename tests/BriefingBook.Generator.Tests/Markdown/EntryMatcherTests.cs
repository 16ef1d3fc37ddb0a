using BriefingBook.Generator.Markdown.Catalog;
using BriefingBook.Generator.Markdown.EntryLinks;

namespace BriefingBook.Generator.Tests.Markdown;

/// <summary>The prefix tree that finds mentions in plain text, and the catalog's case rules.</summary>
public sealed class EntryMatcherTests
{
    private static List<(string Text, string Key)> Find(EntryCatalog catalog, string text)
    {
        var matches = new List<EntryMatch>();
        catalog.Matcher.FindAll(text, matches);
        return matches.Select(match => (text.Substring(match.Start, match.Length), catalog.Entries[match.EntryIndex].Key)).ToList();
    }

    [Theory]
    [InlineData("l'OTAN", "OTAN")]
    [InlineData("l’OTAN", "OTAN")]
    [InlineData("jusqu'à l'OTAN", "OTAN")]
    [InlineData("(OTAN)", "OTAN")]
    [InlineData("«\u202FOTAN\u202F»", "OTAN")]
    public void Finds_a_mention_after_an_elided_article_or_punctuation(string text, string expected)
    {
        Assert.Equal([(expected, "otan")], Find(SpecFixture.French, text));
    }

    [Theory]
    [InlineData("OTANIEN")]
    [InlineData("xOTAN")]
    [InlineData("aujourd'OTAN")]
    [InlineData("OTAN'x")]
    [InlineData("OTAN\u0301")]
    public void Never_finds_a_mention_inside_a_word(string text)
    {
        Assert.Empty(Find(SpecFixture.French, text));
    }

    [Theory]
    [InlineData("la Core\u0301e du Sud, l'E\u0301lyse\u0301e ou l'\u00C9lys\u00E9e", "Core\u0301e du Sud|coree-du-sud", "E\u0301lyse\u0301e|elysee", "\u00C9lys\u00E9e|elysee")]
    [InlineData("\u00C9lys\u00E9e\u0323 et C\u0327a Core\u0301e du Sud", "Core\u0301e du Sud|coree-du-sud")]
    public void Decomposed_and_composed_letters_match_and_mentions_are_measured_in_the_text_as_written(string text, params string[] expected)
    {
        Assert.Equal(expected, Find(SpecFixture.French, text).Select(found => found.Text + "|" + found.Key));
    }

    [Fact]
    public void The_longest_alias_wins_and_mentions_never_overlap()
    {
        Assert.Equal([("Corée du Sud", "coree-du-sud"), ("Corée", "coree")], Find(SpecFixture.French, "Corée du Sud, Corée du Nord"));
    }

    [Fact]
    public void Spaces_of_any_kind_inside_an_alias_match_one_space()
    {
        Assert.Equal([("Alliance\u00A0atlantique", "otan"), ("alliance\natlantique", "otan")], Find(SpecFixture.French, "Alliance\u00A0atlantique et alliance\natlantique"));
    }

    [Fact]
    public void An_alias_claimed_twice_stays_with_the_first_entry_and_is_reported()
    {
        var catalog = new EntryCatalog(
        [
            new EntryDescriptor("first", "Quad", [], "One."),
            new EntryDescriptor("second", "Dialogue", ["quad"], "Two."),
        ]);

        Assert.Equal([("quad", "first")], Find(catalog, "quad"));
        Assert.Contains(catalog.Conflicts, conflict => conflict.Contains("'quad' of entry 'second'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_and_a_phrase_of_the_same_letters_can_belong_to_two_entries()
    {
        var catalog = new EntryCatalog(
        [
            new EntryDescriptor("acronym", "AIS", [], "An acronym."),
            new EntryDescriptor("word", "ais", [], "A word.") { MatchCase = false },
        ]);

        Assert.Equal([("AIS", "acronym"), ("Ais", "word")], Find(catalog, "AIS Ais"));
    }

    [Fact]
    public void Finds_an_alias_whose_first_word_is_very_long()
    {
        var word = new string('x', 70) + "ium";
        var catalog = new EntryCatalog([new EntryDescriptor("long", word + " project", [], "A long name.")]);

        Assert.Equal([(word + " project", "long")], Find(catalog, "the " + word + " project."));
        Assert.Empty(Find(catalog, "the " + word + " plan."));
    }
}
