namespace BriefingBook.Generator.Model;

/// <summary>What a content page is: it decides the page's folder and its default layout.</summary>
public enum PageKind
{
    Home,
    Article,
    Standalone,
}
