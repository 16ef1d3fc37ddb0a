namespace BriefingBook.Generator.Analyse;

/// <summary>Diagnostic ids of the analyse stage (BB3xxx).</summary>
public static class AnalyseDiagnosticIds
{
    public const string MissingTranslation = "BB3001";
    public const string DuplicateSlug = "BB3002";
    public const string DuplicateTranslationKey = "BB3003";
    public const string UnknownChronologyArticle = "BB3004";
    public const string UnknownSeeAlso = "BB3005";
    public const string BrokenCrossReference = "BB3006";
    public const string AliasConflict = "BB3007";
    public const string UnknownIndexReference = "BB3008";
}
