using BriefingBook.Generator.Export;

namespace BriefingBook.Generator.Tests.Export;

public sealed class EngineErrorSummaryTests
{
    [Fact]
    public void A_traceback_is_summarised_by_its_exception_line()
    {
        const string Traceback = """
            Traceback (most recent call last):
              File "/usr/bin/weasyprint", line 33, in <module>
                sys.exit(load_entry_point('weasyprint', 'console_scripts', 'weasyprint')())
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
            ValueError: unknown page size
            """;

        Assert.Equal("ValueError: unknown page size", EngineErrorSummary.Summarise(Traceback, "exit code 1"));
    }

    [Fact]
    public void Plain_error_output_gives_its_last_line_and_silence_gives_the_fallback()
    {
        Assert.Equal("Fontconfig error: no fonts", EngineErrorSummary.Summarise("warming up\nFontconfig error: no fonts\n", "exit code 1"));
        Assert.Equal("exit code 139", EngineErrorSummary.Summarise(" \n", "exit code 139"));
    }

    [Fact]
    public void A_long_line_is_cut()
    {
        var summary = EngineErrorSummary.Summarise("RuntimeError: " + new string('x', 1000), "");

        Assert.Equal(300, summary.Length);
        Assert.EndsWith("…", summary);
    }
}
