using System.Globalization;
using BriefingBook.Generator.Analyse;

namespace BriefingBook.Generator.Tests.Analyse;

public sealed class CollationTests
{
    private static readonly Collation French = new(CultureInfo.GetCultureInfo("fr-FR"));

    [Fact]
    public void French_names_sort_with_their_base_letter_and_the_oe_ligature_as_o_e()
    {
        var names = new[] { "Otan", "Zone grise", "Élysée", "Œuvre", "Europe", "Etats-Unis", "Oeil", "Dissuasion" };
        var sorted = names.OrderBy(n => n, French.Comparer).ToList();
        Assert.Equal(["Dissuasion", "Élysée", "Etats-Unis", "Europe", "Oeil", "Œuvre", "Otan", "Zone grise"], sorted);
    }

    [Theory]
    [InlineData("Élysée", "E")]
    [InlineData("élargissement", "E")]
    [InlineData("Œuvre", "O")]
    [InlineData("« Jaukus »", "J")]
    [InlineData("“Asian NATO”", "A")]
    [InlineData("5G", "#")]
    [InlineData("Ishiba Shigeru", "I")]
    public void Names_are_filed_under_their_first_letter_without_accent_or_quote(string name, string letter) =>
        Assert.Equal(letter, French.Letter(name));

    [Fact]
    public void Quotes_and_apostrophe_styles_do_not_change_the_order_or_identity_of_a_name()
    {
        Assert.True(French.SameName("« Jaukus »", "JAUKUS"));
        Assert.True(French.SameName("l’OTAN", "l'otan"));
        Assert.False(French.SameName("Taïwan", "Taiwan"));
        var sorted = new[] { "Kishida", "« Jaukus »", "IP4" }.OrderBy(n => n, French.Comparer).ToList();
        Assert.Equal(["IP4", "« Jaukus »", "Kishida"], sorted);
    }
}
