using BriefingBook.Generator.Markdown.Typography;

namespace BriefingBook.Generator.Tests.Markdown;

/// <summary>French spacing of plain strings.</summary>
public sealed class FrenchTypographyTests
{
    [Theory]
    [InlineData("Quoi ?", "Quoi\u202F?")]
    [InlineData("Quoi?", "Quoi\u202F?")]
    [InlineData("Quoi\u00A0?", "Quoi\u202F?")]
    [InlineData("a ; b", "a\u202F; b")]
    [InlineData("Note : oui", "Note\u202F: oui")]
    [InlineData("Note:", "Note\u202F:")]
    [InlineData("«OTAN»", "«\u202FOTAN\u202F»")]
    [InlineData("« OTAN »", "«\u202FOTAN\u202F»")]
    [InlineData("Vraiment ?!", "Vraiment\u202F?!")]
    [InlineData("l'OTAN", "l’OTAN")]
    public void Spaces_French_punctuation(string text, string expected)
    {
        Assert.Equal(expected, FrenchTypography.Apply(text));
    }

    [Theory]
    [InlineData("10:30")]
    [InlineData("voir https://example.org/a?b=1;c")]
    [InlineData("www.example.org/?q=1")]
    [InlineData("a?b=1")]
    [InlineData("'quote'")]
    public void Leaves_times_urls_and_query_strings_alone(string text)
    {
        Assert.Equal(text, FrenchTypography.Apply(text));
    }

    [Theory]
    [InlineData("Pourquoi ? « OTAN » : oui; non!")]
    [InlineData("«OTAN»?")]
    public void Applying_twice_changes_nothing(string text)
    {
        var once = FrenchTypography.Apply(text);

        Assert.Equal(once, FrenchTypography.Apply(once));
    }
}
