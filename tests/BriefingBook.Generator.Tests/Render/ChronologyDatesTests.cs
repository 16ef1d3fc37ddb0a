using System.Globalization;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Render;

namespace BriefingBook.Generator.Tests.Render;

public sealed class ChronologyDatesTests
{
    private static string Show(string date, string culture)
    {
        Assert.True(PartialDate.TryParse(date, out var parsed));
        return ChronologyDates.Display(parsed, CultureInfo.GetCultureInfo(culture), "d MMMM yyyy");
    }

    [Theory]
    [InlineData("2023-08-18", "fr-FR", "18 août 2023")]
    [InlineData("2023-08-18", "en-GB", "18 August 2023")]
    [InlineData("2023-08", "fr-FR", "août 2023")]
    [InlineData("2023-08", "en-GB", "August 2023")]
    [InlineData("2023", "fr-FR", "2023")]
    [InlineData("2023", "en-GB", "2023")]
    [InlineData("2023-02-01", "fr-FR", "1er février 2023")]
    [InlineData("2023-02-01", "en-GB", "1 February 2023")]
    public void Dates_are_written_the_way_each_language_writes_them(string date, string culture, string expected) =>
        Assert.Equal(expected, Show(date, culture));

    [Fact]
    public void Partial_dates_sit_in_the_middle_of_their_month_or_year()
    {
        PartialDate.TryParse("2023", out var year);
        PartialDate.TryParse("2023-01", out var january);
        PartialDate.TryParse("2023-12-31", out var last);
        Assert.Equal(0.5, ChronologyDates.YearFraction(year));
        Assert.InRange(ChronologyDates.YearFraction(january), 0.03, 0.05);
        Assert.InRange(ChronologyDates.YearFraction(last), 0.99, 1.0);
    }
}
