using BriefingBook.Templating.Functions;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Tests.Functions;

public sealed class DateFunctionsTests
{
    private static readonly DateTime Sample = new(2016, 1, 5, 21, 22, 23, 24);

    private readonly Builtins _builtins = new();

    [Theory]
    [InlineData("%d %b %Y", "05 Jan 2016")]
    [InlineData("%A %B %e", "Tuesday January  5")]
    [InlineData("%F %T", "2016-01-05 21:22:23")]
    [InlineData("%I %l %p %P", "09  9 PM pm")]
    [InlineData("%j %L %N", "005 024 024000000")]
    [InlineData("%u %w %U %V %W", "2 2 02 01 02")]
    [InlineData("%C %y %D", "20 16 01/05/16")]
    [InlineData("%v", " 5-JAN-2016")]
    [InlineData("%r|%R", "09:22:23 PM|21:22")]
    [InlineData("100%% %q", "100% %q")]
    public void To_string_understands_strftime_codes(string pattern, string expected)
    {
        Assert.Equal(expected, _builtins.Call("date.to_string", Sample, pattern));
    }

    [Theory]
    [InlineData("fr-FR", "%A %d %B %Y", "mardi 05 janvier 2016")]
    [InlineData("en-GB", "%x", "05/01/2016")]
    [InlineData("fr-FR", "%x %X", "05/01/2016 21:22:23")]
    [InlineData("fr-FR", "%g%A %d %B", "Tuesday 05 January")]
    public void To_string_follows_the_render_culture_unless_g_asks_for_invariant(string culture, string pattern, string expected)
    {
        Assert.Equal(expected, new Builtins(culture).Call("date.to_string", Sample, pattern));
    }

    [Fact]
    public void To_string_can_name_its_culture()
    {
        Assert.Equal("05 janvier 2016", _builtins.Call("date.to_string", Sample, "%d %B %Y", "fr-FR"));
    }

    [Fact]
    public void G_alone_formats_with_the_current_date_format()
    {
        Assert.Equal(" 05 Jan 2016", _builtins.Call("date.to_string", Sample, "%g"));

        _builtins.Functions.Date["format"] = "%Y";

        Assert.Equal(" 2016", _builtins.Call("date.to_string", Sample, "%g"));
        Assert.Equal("2016", DateFunctions.FormatDate(_builtins.Context, Sample));
    }

    [Fact]
    public void Parse_reads_free_text_or_a_pattern()
    {
        Assert.Equal(new DateTime(2016, 1, 5), _builtins.Call("date.parse", "2016/01/05"));
        Assert.Equal(new DateTime(2018, 6, 17), _builtins.Call("date.parse", "2018--06--17", "%Y--%m--%d"));
        Assert.Equal(new DateTime(2022, 1, 20, 8, 32, 48), _builtins.CallNamed("date.parse", ["20/01/2022 08:32:48"], ("culture", "en-GB")));
        Assert.Null(_builtins.Call("date.parse", [null]));
    }

    [Fact]
    public void Parse_reads_dates_in_the_render_culture()
    {
        Assert.Equal(new DateTime(2025, 3, 1), new Builtins("fr-FR").Call("date.parse", "01/03/2025"));
        Assert.Equal(new DateTime(2025, 3, 1), new Builtins("en-GB").Call("date.parse", "1 March 2025"));
    }

    [Fact]
    public void Parse_matches_the_text_of_a_pattern_as_written()
    {
        // Letters of the pattern's own text are not format specifiers, and '/' is a slash whatever the culture.
        Assert.Equal(new DateTime(2016, 1, 5), new Builtins("de-DE").Call("date.parse", "05 day 01/2016", "%d day %m/%Y"));
        Assert.Equal(new DateTime(2024, 10, 7), new Builtins("fr-FR").Call("date.parse", "7 d'octobre 2024 à 100%", "%e d'%B %Y à 100%%"));
        Assert.Equal(new DateTime(2024, 10, 7), _builtins.Call("date.parse", "2024\t10\t07", "%Y%t%m%t%d"));
    }

    [Fact]
    public void Parse_refuses_codes_that_cannot_be_read_back()
    {
        var error = Assert.Throws<ScriptRuntimeException>(() => _builtins.Call("date.parse", "5", "%j"));

        Assert.Equal("The pattern %j is not supported for the parse method", error.OriginalMessage);
    }

    [Fact]
    public void Parse_to_string_converts_between_patterns_and_cultures()
    {
        Assert.Equal("2016--01--05", _builtins.Call("date.parse_to_string", "2016/01/05", "%Y--%m--%d"));
        Assert.Equal("Mar 14, 16", _builtins.CallNamed("date.parse_to_string", ["03 14, 2016", "%b %d, %y"], ("input_pattern", "%m %d, %Y")));
        Assert.Equal("02:01:23 PM", _builtins.CallNamed("date.parse_to_string", ["2025-01-01 14:01:23", "%r"], ("input_pattern", "%Y-%m-%d %k:%M:%S")));
        Assert.Equal("2025-03-01", _builtins.CallNamed("date.parse_to_string", ["03/01/2025 14:01:23", "%F"], ("input_culture", "en-US"), ("output_culture", "en-GB")));
    }

    [Theory]
    [InlineData("date.add_days", 1, "2016-01-06")]
    [InlineData("date.add_months", 1, "2016-02-05")]
    [InlineData("date.add_years", 1, "2017-01-05")]
    [InlineData("date.add_hours", 27, "2016-01-06")]
    public void Add_functions_move_the_date(string function, int amount, string expected)
    {
        var moved = (DateTime)_builtins.Call(function, new DateTime(2016, 1, 5), amount)!;

        Assert.Equal(expected, moved.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void Now_reads_the_clock_the_host_sets()
    {
        _builtins.Functions.Date.Clock = new FixedClock(new DateTimeOffset(2024, 2, 29, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTime(2024, 2, 29, 12, 0, 0), _builtins.Call("date.utc_now"));
        Assert.Equal(2024, ((DateTime)_builtins.Call("date.now")!).Year);
    }

    [Fact]
    public void Calling_the_namespace_parses_its_argument()
    {
        var date = _builtins.Functions.Date;

        Assert.Equal(new DateTime(2016, 1, 5), date.Invoke(_builtins.Context, Builtins.Span, ["2016/01/05"]));
        Assert.Same(date, date.Invoke(_builtins.Context, Builtins.Span, []));
    }

    [Fact]
    public void Timespans_are_built_from_units_or_text()
    {
        Assert.Equal(TimeSpan.FromDays(5), _builtins.Call("timespan.from_days", 5));
        Assert.Equal(TimeSpan.FromMinutes(1.5), _builtins.Call("timespan.from_minutes", 1.5));
        Assert.Equal(TimeSpan.Zero, _builtins.Call("timespan.zero"));
        Assert.Equal(new TimeSpan(1, 2, 3, 4), _builtins.Call("timespan.parse", "1.02:03:04"));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
