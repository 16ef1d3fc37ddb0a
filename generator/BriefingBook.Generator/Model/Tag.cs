namespace BriefingBook.Generator.Model;

/// <summary>A tag of one language and the articles that carry it, in book order.</summary>
public sealed record Tag(string Language, string Slug, IReadOnlyList<Page> Pages)
{
    public string OutputPath => $"{Language}/tags/{Slug}.html";
}
