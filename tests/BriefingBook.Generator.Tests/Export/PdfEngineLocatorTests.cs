using BriefingBook.Generator.Export;

namespace BriefingBook.Generator.Tests.Export;

/// <summary>Finding the interpreter that can import WeasyPrint, and saying how to install it when none can.</summary>
public sealed class PdfEngineLocatorTests : IDisposable
{
    private readonly FakeEngine _fake = new();

    [Fact]
    public void The_interpreter_is_read_from_the_script_first_line()
    {
        var direct = _fake.Script("weasyprint-direct", "exit 0");
        File.WriteAllText(direct, "#!/usr/bin/python3\nimport weasyprint\n");
        var throughEnv = _fake.Script("weasyprint-env", "exit 0");
        File.WriteAllText(throughEnv, "#!/usr/bin/env -S sh -e\n");
        var noShebang = _fake.Script("weasyprint-plain", "exit 0");
        File.WriteAllText(noShebang, "import weasyprint\n");

        Assert.Equal("/usr/bin/python3", PdfEngineLocator.InterpreterOf(direct));
        Assert.EndsWith("/sh", PdfEngineLocator.InterpreterOf(throughEnv));
        Assert.Null(PdfEngineLocator.InterpreterOf(noShebang));
        Assert.Null(PdfEngineLocator.InterpreterOf(Path.Combine(Path.GetTempPath(), "no-such-weasyprint")));
    }

    [Fact]
    public void An_interpreter_that_imports_weasyprint_is_an_engine()
    {
        var python = _fake.Script("python3", "printf 57.2");

        var probe = new PdfEngineLocator(python).Locate();

        Assert.True(probe.IsAvailable);
        Assert.Equal(new PdfEngine(python, "57.2"), probe.Engine);
        Assert.Equal(57, probe.Engine!.MajorVersion);
    }

    [Fact]
    public void The_weasyprint_script_leads_to_its_interpreter()
    {
        var python = _fake.Script("python3", "printf 60.1");
        var script = _fake.Script("weasyprint", "exit 0");
        File.WriteAllText(script, $"#!{python}\n");

        var probe = new PdfEngineLocator(script).Locate();

        Assert.Equal(python, probe.Engine?.InterpreterPath);
    }

    [Fact]
    public void An_interpreter_without_the_module_is_not_an_engine_and_the_reason_says_so()
    {
        var python = _fake.Script("python3", """
            echo 'Traceback (most recent call last):' >&2
            echo '  File "<string>", line 1, in <module>' >&2
            echo "ModuleNotFoundError: No module named 'weasyprint'" >&2
            exit 1
            """);

        var probe = new PdfEngineLocator(python).Locate();

        Assert.False(probe.IsAvailable);
        Assert.Equal($"WeasyPrint was not found ({python}: ModuleNotFoundError: No module named 'weasyprint')", probe.Reason);
    }

    [Fact]
    public void A_version_too_old_for_footnotes_is_refused()
    {
        var python = _fake.Script("python3", "printf 52.5");

        var probe = new PdfEngineLocator(python).Locate();

        Assert.False(probe.IsAvailable);
        Assert.Contains("WeasyPrint 52.5 is older than 54", probe.Reason);
    }

    [Fact]
    public void A_missing_engine_gives_a_one_line_install_hint()
    {
        var probe = new PdfEngineLocator(Path.Combine(Path.GetTempPath(), "no-such-dir", "weasyprint")).Locate();

        Assert.False(probe.IsAvailable);
        Assert.DoesNotContain('\n', PdfEngineProbe.InstallHint);
        Assert.Contains("apt-get install weasyprint", PdfEngineProbe.InstallHint);
        Assert.Contains("pip install weasyprint", PdfEngineProbe.InstallHint);
    }

    [WeasyPrintFact]
    public void This_machine_has_an_engine_whose_interpreter_imports_weasyprint()
    {
        var engine = PdfEngineLocator.Machine.Engine!;

        Assert.True(engine.MajorVersion >= PdfEngineLocator.MinimumMajorVersion);
        Assert.True(File.Exists(engine.InterpreterPath));
    }

    public void Dispose() => _fake.Dispose();
}
