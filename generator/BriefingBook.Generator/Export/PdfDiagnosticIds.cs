namespace BriefingBook.Generator.Export;

/// <summary>Diagnostic ids of the PDF stage (BB6xxx).</summary>
public static class PdfDiagnosticIds
{
    public const string EngineMissing = "BB6001";
    public const string ExportFailed = "BB6002";
    public const string ResourceBlocked = "BB6003";
    public const string PrintEditionMissing = "BB6004";
}
