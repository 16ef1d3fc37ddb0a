namespace BriefingBook.Generator.Load;

/// <summary>The kinds of files under <c>content/</c>, told apart by their place.</summary>
public enum ContentFileKind
{
    Home,
    Article,
    Standalone,
    Glossary,
    Person,
    Chronology,
}
