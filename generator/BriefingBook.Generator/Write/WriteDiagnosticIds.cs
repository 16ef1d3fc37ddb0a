namespace BriefingBook.Generator.Write;

/// <summary>Diagnostic ids of the write stage (BB5xxx).</summary>
public static class WriteDiagnosticIds
{
    public const string RefusedFolder = "BB5001";
    public const string ForeignFiles = "BB5002";
    public const string PathOutside = "BB5003";
    public const string IoError = "BB5004";
    public const string UnsafeAsset = "BB5005";
}
