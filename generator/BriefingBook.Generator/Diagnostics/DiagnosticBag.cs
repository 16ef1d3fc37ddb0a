namespace BriefingBook.Generator.Diagnostics;

/// <summary>
/// The one list of problems every stage adds to. Safe to fill from parallel work; read back in a
/// stable order (file, line, column, id) so reports are deterministic.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Ignore)
        {
            return;
        }
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public void Error(string id, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(id, DiagnosticSeverity.Error, at.Path, at.Line, at.Column, message, hint));

    public void Warning(string id, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(id, DiagnosticSeverity.Warning, at.Path, at.Line, at.Column, message, hint));

    public void Report(string id, DiagnosticSeverity severity, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(id, severity, at.Path, at.Line, at.Column, message, hint));

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.Severity == DiagnosticSeverity.Error);
            }
        }
    }

    public int ErrorCount
    {
        get
        {
            lock (_lock)
            {
                return _items.Count(d => d.Severity == DiagnosticSeverity.Error);
            }
        }
    }

    /// <summary>Every diagnostic so far, sorted by file, position and id.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_lock)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
