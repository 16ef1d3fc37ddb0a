using BriefingBook.Generator.Yaml;

namespace BriefingBook.Generator.Load;

/// <summary>Diagnostic ids of the load and parse stage (BB2xxx).</summary>
public static class LoadDiagnosticIds
{
    public const string Unreadable = "BB2001";
    public const string Syntax = "BB2002";
    public const string TooLarge = "BB2003";
    public const string DuplicateKey = "BB2004";
    public const string FrontMatter = "BB2005";
    public const string UnknownKey = "BB2010";
    public const string WrongType = "BB2011";
    public const string Missing = "BB2012";
    public const string Invalid = "BB2013";
    public const string UnsafeName = "BB2014";
    public const string UnsafeLink = "BB2020";
    public const string RawHtml = "BB2021";
    public const string UnknownFile = "BB2030";

    public static readonly YamlDiagnosticIds Yaml = new(Syntax, TooLarge, DuplicateKey, UnknownKey, WrongType, Missing, Invalid);
}
