namespace BriefingBook.Generator.Yaml;

/// <summary>The diagnostic ids a reader of YAML reports with, so site.yml and content files keep their own stage's ids.</summary>
public sealed record YamlDiagnosticIds(
    string Syntax,
    string TooLarge,
    string DuplicateKey,
    string UnknownKey,
    string WrongType,
    string Missing,
    string Invalid)
{
    public string For(YamlProblemKind kind) => kind switch
    {
        YamlProblemKind.TooDeep or YamlProblemKind.TooLarge => TooLarge,
        YamlProblemKind.DuplicateKey => DuplicateKey,
        YamlProblemKind.UnsupportedKey => WrongType,
        _ => Syntax,
    };
}
