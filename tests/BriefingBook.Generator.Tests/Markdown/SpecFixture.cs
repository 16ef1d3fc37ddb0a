using BriefingBook.Generator.Markdown;
using BriefingBook.Generator.Markdown.Catalog;

namespace BriefingBook.Generator.Tests.Markdown;

/// <summary>The entries and link targets every spec example is rendered with, in French and in English.</summary>
public static class SpecFixture
{
    public static EntryCatalog French { get; } = new(
    [
        new EntryDescriptor("otan", "OTAN", ["Otan", "Alliance atlantique"], "Alliance militaire de 32 pays, fondée en 1949.")
        {
            Expansion = "Organisation du traité de l'Atlantique Nord",
            OtherLanguageName = "NATO",
            OtherLanguage = "en",
        },
        new EntryDescriptor("aukus", "AUKUS", [], "Pacte de sécurité entre l'Australie, le Royaume-Uni et les États-Unis.")
        {
            OtherLanguageName = "AUKUS",
            OtherLanguage = "en",
        },
        new EntryDescriptor("ip4", "IP4", ["partenaires indo-pacifiques"], "Japon, Corée du Sud, Australie et Nouvelle-Zélande."),
        new EntryDescriptor("article-5", "Article 5", [], "Clause de défense collective du traité."),
        new EntryDescriptor("coree-du-sud", "Corée du Sud", [], "République de Corée."),
        new EntryDescriptor("coree", "Corée", [], "La péninsule coréenne."),
        new EntryDescriptor("ishiba", "Ishiba Shigeru", ["Ishiba"], "Premier ministre du Japon."),
        new EntryDescriptor("quad", "Quad", [], "Dialogue quadrilatéral de sécurité.") { MatchCase = true },
        new EntryDescriptor("elysee", "Élysée", ["palais de l'E\u0301lyse\u0301e"], "La présidence de la République française."),
    ]);

    public static EntryCatalog English { get; } = new(
    [
        new EntryDescriptor("otan", "NATO", ["Atlantic Alliance"], "Military alliance of 32 countries, founded in 1949.")
        {
            OtherLanguageName = "OTAN",
            OtherLanguage = "fr",
        },
        new EntryDescriptor("article-5", "Article 5", [], "The treaty's collective defence clause."),
    ]);

    public static ICrossReferenceResolver Resolver { get; } = new MapCrossReferenceResolver()
        .AddTarget("nato-japan-relations", new CrossReferenceTarget("nato-japan-relations.html", "L'OTAN et le Japon", "article"), "cyber-defence", "three-axis")
        .AddTarget("otan", new CrossReferenceTarget("../glossary/otan.html", "OTAN", "entry"))
        .AddEntry("otan", new CrossReferenceTarget("../glossary/otan.html", "OTAN", "entry"))
        .AddEntry("aukus", new CrossReferenceTarget("../glossary/aukus.html", "AUKUS", "entry"))
        .AddEntry("ip4", new CrossReferenceTarget("../glossary/ip4.html", "IP4", "entry"))
        .AddEntry("article-5", new CrossReferenceTarget("../glossary/article-5.html", "Article 5", "entry"))
        .AddEntry("coree-du-sud", new CrossReferenceTarget("../glossary/coree-du-sud.html", "Corée du Sud", "entry"))
        .AddEntry("coree", new CrossReferenceTarget("../glossary/coree.html", "Corée", "entry"))
        .AddEntry("ishiba", new CrossReferenceTarget("../people/ishiba.html", "Ishiba Shigeru", "entry"))
        .AddEntry("quad", new CrossReferenceTarget("../glossary/quad.html", "Quad", "entry"))
        .AddEntry("elysee", new CrossReferenceTarget("../glossary/elysee.html", "Élysée", "entry"));

    public static AnnotationOptions Options(string language, EntryLinkMode mode, bool rawHtml = false) => new()
    {
        Language = language,
        Catalog = language == "fr" ? French : English,
        LinkMode = mode,
        AllowRawHtml = rawHtml,
    };
}
