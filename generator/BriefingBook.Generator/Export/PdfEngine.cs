namespace BriefingBook.Generator.Export;

/// <summary>A WeasyPrint installation found on this machine: the Python interpreter that can import it, and its version.</summary>
/// <param name="InterpreterPath">The Python interpreter whose <c>weasyprint</c> module renders the PDFs.</param>
/// <param name="Version">WeasyPrint's version, as the module reports it.</param>
public sealed record PdfEngine(string InterpreterPath, string Version)
{
    /// <summary>The major version number, or 0 when the version does not start with one.</summary>
    public int MajorVersion =>
        int.TryParse(Version.Split('.')[0], out var major) ? major : 0;

    /// <inheritdoc/>
    public override string ToString() => $"WeasyPrint {Version} ({InterpreterPath})";
}
