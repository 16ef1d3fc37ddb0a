using System.Globalization;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Tests.Functions;

/// <summary>The builtins as the site uses them: whole templates rendered in French and British English.</summary>
public sealed class CultureRenderingTests
{
    private static string Render(string culture, string text)
    {
        var template = Template.Parse(text, "page");
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        return template.Render(new TemplateContext { CurrentCulture = CultureInfo.GetCultureInfo(culture) });
    }

    [Theory]
    [InlineData("fr-FR", "09 mars 2024")]
    [InlineData("en-GB", "09 Mar 2024")]
    [InlineData("", "09 Mar 2024")]
    public void A_date_prints_with_date_format_in_the_render_culture(string culture, string expected)
    {
        Assert.Equal(expected, Render(culture, "{{ date.parse '2024-03-09' }}"));
    }

    [Theory]
    [InlineData("fr-FR", "samedi  9 mars 2024")]
    [InlineData("en-GB", "Saturday  9 March 2024")]
    public void Long_dates_use_the_culture_names_of_days_and_months(string culture, string expected)
    {
        var text = "{{ date.parse '2024-03-09' | date.to_string '%A %e %B %Y' }}";

        Assert.Equal(expected, Render(culture, text));
    }

    [Fact]
    public void Dates_are_read_in_the_render_culture()
    {
        Assert.Equal("2024-03-09", Render("fr-FR", "{{ '09/03/2024' | date.parse | date.to_string '%F' }}"));
        Assert.Equal("2024-03-09", Render("en-GB", "{{ '09/03/2024' | date.parse | date.to_string '%F' }}"));
    }

    [Fact]
    public void G_forces_the_invariant_culture_inside_a_french_render()
    {
        Assert.Equal("Saturday", Render("fr-FR", "{{ date.parse '2024-03-09' | date.to_string '%g%A' }}"));
    }

    [Theory]
    [InlineData("fr-FR", "1\u202f234,50|1234,5")]
    [InlineData("en-GB", "1,234.50|1234.5")]
    public void Numbers_are_formatted_and_read_in_the_render_culture(string culture, string expected)
    {
        var separator = culture == "fr-FR" ? "," : ".";
        var text = "{{ 1234.5 | math.format 'N2' }}|{{ '1234" + separator + "5' | string.to_double }}";

        Assert.Equal(expected, Render(culture, text));
    }

    [Fact]
    public void A_named_culture_overrides_the_render_culture()
    {
        Assert.Equal("09 March 2024", Render("fr-FR", "{{ date.parse '2024-03-09' | date.to_string '%d %B %Y' 'en-GB' }}"));
    }

    [Fact]
    public void Date_format_and_cycles_belong_to_one_render()
    {
        var template = Template.Parse("{{ date.format = '%Y' }}{{ date.parse '2024-03-09' }} {{ array.cycle [1, 2] }}");
        var first = new TemplateContext();
        var second = new TemplateContext();

        template.Render(first);

        Assert.Equal("2024 1", template.Render(second));
        Assert.Equal("09 Mar 2024", Template.Parse("{{ date.parse '2024-03-09' }}").Render(new TemplateContext()));
    }
}
