namespace BriefingBook.Generator.Yaml;

/// <summary>Why a YAML text was refused; each kind maps to a diagnostic id of the stage that read it.</summary>
public enum YamlProblemKind
{
    Syntax,
    TooDeep,
    TooLarge,
    DuplicateKey,
    UnsupportedKey,
}
