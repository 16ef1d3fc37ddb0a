using BriefingBook.Generator.Yaml;

namespace BriefingBook.Generator.Config;

/// <summary>Diagnostic ids of the configuration stage (BB1xxx).</summary>
public static class ConfigDiagnosticIds
{
    public const string FileMissing = "BB1001";
    public const string Syntax = "BB1002";
    public const string TooLarge = "BB1003";
    public const string DuplicateKey = "BB1004";
    public const string UnknownKey = "BB1010";
    public const string WrongType = "BB1011";
    public const string Missing = "BB1012";
    public const string Invalid = "BB1013";

    public static readonly YamlDiagnosticIds Yaml = new(Syntax, TooLarge, DuplicateKey, UnknownKey, WrongType, Missing, Invalid);
}
