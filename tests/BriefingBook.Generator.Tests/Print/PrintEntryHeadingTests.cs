using BriefingBook.Generator.Print;

namespace BriefingBook.Generator.Tests.Print;

/// <summary>How an entry's name, expansion and other spellings are put together at the head of a glossary entry.</summary>
public sealed class PrintEntryHeadingTests
{
    /// <summary>The heading as it reads in print, the expansion's place shown by parentheses or a line break.</summary>
    private static string Printed(PrintEntryHeading heading) =>
        heading.Expansion is null ? heading.Name
        : heading.ExpansionInline ? $"{heading.Name} ({heading.Expansion})"
        : $"{heading.Name}\n{heading.Expansion}";

    [Fact]
    public void An_acronym_reads_with_its_expansion_in_parentheses()
    {
        var heading = PrintEntryHeading.Of("NATO", "North Atlantic Treaty Organization", ["Nato", "Atlantic Alliance"]);
        Assert.Equal("NATO (North Atlantic Treaty Organization)", Printed(heading));
        Assert.Equal(["Atlantic Alliance"], heading.Aliases);
    }

    [Theory]
    [InlineData("Self-Defense Forces", "Japan Self-Defense Forces (SDF)")]
    [InlineData("Forces d'autodéfense", "Forces japonaises d'autodéfense (FAD ; en anglais Self-Defense Forces, SDF)")]
    [InlineData("Stratégie de sécurité nationale", "Stratégie de sécurité nationale du Japon (en anglais National Security Strategy, NSS)")]
    [InlineData("LDP (Japan)", "Liberal Democratic Party")]
    public void An_expansion_that_would_nest_parentheses_goes_on_a_line_of_its_own(string name, string expansion)
    {
        var heading = PrintEntryHeading.Of(name, expansion, []);
        Assert.False(heading.ExpansionInline);
        Assert.Equal(expansion, heading.Expansion);
        Assert.DoesNotMatch(@"\([^)]*\(|\)\s*\(", Printed(heading).Replace('\n', ' '));
    }

    [Theory]
    [InlineData("Diet", "National Diet, Japan's parliament")]
    [InlineData("Diète", "Diète nationale, le Parlement du Japon")]
    public void An_expansion_that_repeats_the_name_is_not_set_in_parentheses_after_it(string name, string expansion)
    {
        var heading = PrintEntryHeading.Of(name, expansion, []);
        Assert.False(heading.ExpansionInline);
        Assert.Equal($"{name}\n{expansion}", Printed(heading));
    }

    [Theory]
    [InlineData("GCAP", "GCAP")]
    [InlineData("Quad", " quad ")]
    [InlineData("Quad", "   ")]
    [InlineData("Quad", null)]
    public void An_expansion_equal_to_the_name_or_empty_is_left_out(string name, string? expansion)
    {
        var heading = PrintEntryHeading.Of(name, expansion, []);
        Assert.Null(heading.Expansion);
        Assert.Equal(name, Printed(heading));
    }

    [Fact]
    public void Other_spellings_already_read_in_the_name_or_the_expansion_are_not_listed_again()
    {
        var heading = PrintEntryHeading.Of("Self-Defense Forces", "Japan Self-Defense Forces (SDF)",
            ["Self-Defense Forces", "self-defense forces", "Self-Defence Forces", "Japan Self-Defense Forces", "SDF", "self-defence forces"]);
        Assert.Equal(["Self-Defence Forces"], heading.Aliases);
    }

    [Fact]
    public void An_alias_is_dropped_only_when_it_is_written_as_whole_words()
    {
        // "Abe" is a word of the name; "Ab" only begins one.
        var heading = PrintEntryHeading.Of("Abe Shinzo", null, ["Abe", "Shinzo Abe", "Ab"]);
        Assert.Equal(["Shinzo Abe", "Ab"], heading.Aliases);
    }

    [Fact]
    public void Accents_and_typographic_apostrophes_do_not_make_another_spelling()
    {
        var heading = PrintEntryHeading.Of("Forces d’autodéfense", "Forces japonaises d’autodéfense", ["Forces d'autodefense", "forces japonaises d'autodéfense"]);
        Assert.Empty(heading.Aliases);
        Assert.Empty(PrintEntryHeading.Of("Détroit de Taïwan", null, ["détroit de Taiwan"]).Aliases);
    }
}
