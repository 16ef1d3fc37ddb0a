namespace BriefingBook.Generator.Model;

/// <summary>The two kinds of reference entries: glossary terms and who's who people.</summary>
public enum EntryKind
{
    Glossary,
    Person,
}
