namespace BriefingBook.Generator.Diagnostics;

/// <summary>How serious a problem is: errors fail the build, warnings are shown, ignored ones are dropped.</summary>
public enum DiagnosticSeverity
{
    Ignore,
    Warning,
    Error,
}
