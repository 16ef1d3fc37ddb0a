namespace BriefingBook.Generator.Check;

/// <summary>Diagnostic ids of the editorial rules that only <c>check</c> runs (BB31xx, analysis).</summary>
public static class CheckDiagnosticIds
{
    public const string OutdatedTranslation = "BB3101";
    public const string EntryNeverMentioned = "BB3102";
    public const string ImageWithoutAltText = "BB3103";
}
