using System.Text;
using BenchmarkDotNet.Attributes;
using BriefingBook.Generator.Markdown;
using BriefingBook.Generator.Markdown.Catalog;
using BriefingBook.Generator.Markdown.EntryLinks;

namespace BriefingBook.Benchmarks;

/// <summary>
/// Links the same 100 generated articles with 20 entries and with 2,000 entries: the 20 the articles mention,
/// plus 1,980 entries named like people and programmes (two invented words and an acronym), one in ten with
/// an alias that starts with one of eight common words of the articles (<c>sécurité</c>, <c>sommet</c>...), so
/// that the prefix tree is walked further without finding more. The annotation layer promises that the second costs at most 1.3 times the first.
/// <c>dotnet run -c Release --project tests/BriefingBook.Benchmarks -- --filter '*EntryLinking*' --job short</c>
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class EntryLinkingBenchmarks
{
    private static readonly string[] Words =
    [
        "la", "sécurité", "du", "Japon", "et", "de", "alliance", "coopération", "maritime", "dans", "région",
        "partenaires", "défense", "les", "ministres", "ont", "signé", "accord", "sur", "renseignement", "une",
        "stratégie", "commune", "face", "aux", "menaces", "cyber", "exercices", "conjoints", "sommet", "Tokyo",
        "Séoul", "Washington", "Bruxelles", "dissuasion", "nucléaire", "élargie", "chaîne", "approvisionnement",
    ];

    private static readonly string[] SharedLeads = ["sécurité", "coopération", "défense", "stratégie", "sommet", "accord", "dissuasion", "exercices"];

    private static readonly (string Key, string Name, string[] Aliases)[] RealEntries =
    [
        ("otan", "OTAN", ["Otan", "Alliance atlantique"]), ("aukus", "AUKUS", []), ("ip4", "IP4", ["partenaires indo-pacifiques"]),
        ("article-5", "Article 5", []), ("quad", "Quad", []), ("asean", "ASEAN", []), ("ue", "UE", ["Union européenne"]),
        ("g7", "G7", []), ("onu", "ONU", []), ("coree-du-sud", "Corée du Sud", []), ("coree-du-nord", "Corée du Nord", []),
        ("chine", "Chine", []), ("ishiba", "Ishiba Shigeru", ["Ishiba"]), ("kishida", "Kishida Fumio", ["Kishida"]),
        ("yoon", "Yoon Suk Yeol", ["Yoon"]), ("stoltenberg", "Jens Stoltenberg", ["Stoltenberg"]),
        ("rutte", "Mark Rutte", ["Rutte"]), ("gsomia", "GSOMIA", []), ("pacte-de-washington", "Déclaration de Washington", []),
        ("camp-david", "Camp David", ["sommet de Camp David"]),
    ];

    private readonly List<string> articles = [];
    private readonly List<string> plainTexts = [];
    private AnnotationPipeline pipeline = null!;
    private AnnotationContext context = null!;
    private EntryCatalog catalog = null!;

    /// <summary>How many entries the catalog holds.</summary>
    [Params(20, 2000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260121);
        for (var article = 0; article < 100; article++)
        {
            var markdown = new StringBuilder();
            var plain = new StringBuilder();
            for (var paragraph = 0; paragraph < 12; paragraph++)
            {
                if (paragraph % 4 == 0)
                {
                    markdown.Append($"## Section {paragraph / 4} {{#section-{paragraph / 4}}}\n\n");
                }

                for (var word = 0; word < 80; word++)
                {
                    var text = word % 13 == 7 ? RealEntries[random.Next(RealEntries.Length)].Name : Words[random.Next(Words.Length)];
                    var written = (word % 29) switch
                    {
                        3 => $"*{text}*",
                        17 => $"[{text}](https://example.org/{word})",
                        23 => $"`{text}`",
                        _ => text,
                    };
                    markdown.Append(written).Append(word % 16 == 15 ? '\n' : ' ');
                    plain.Append(text).Append(' ');
                }

                markdown.Append("\n\n");
                plain.Append('\n');
            }

            articles.Add(markdown.ToString());
            plainTexts.Add(plain.ToString());
        }

        var entries = RealEntries.Select(entry => new EntryDescriptor(entry.Key, entry.Name, entry.Aliases, $"Définition de {entry.Name}.")).ToList();
        for (var i = entries.Count; i < Entries; i++)
        {
            var name = $"{PseudoWord(random)} {PseudoWord(random)}";
            var acronym = $"{char.ToUpperInvariant(name[0])}{char.ToUpperInvariant(name[name.IndexOf(' ') + 1])}{i}";
            var aliases = new List<string> { acronym };
            if (i % 10 == 0)
            {
                aliases.Add($"{SharedLeads[i / 10 % SharedLeads.Length]} {PseudoWord(random)}");
            }

            entries.Add(new EntryDescriptor($"entry-{i}", name, aliases, $"Définition {i}."));
        }

        catalog = new EntryCatalog(entries);
        var resolver = new MapCrossReferenceResolver();
        foreach (var entry in entries)
        {
            resolver.AddEntry(entry.Key, new CrossReferenceTarget($"../glossary/{entry.Key}.html", entry.Name, "entry"));
        }

        pipeline = new AnnotationPipeline(new AnnotationOptions { Language = "fr", Catalog = catalog, LinkMode = EntryLinkMode.All });
        context = new AnnotationContext { Resolver = resolver };
    }

    private static string PseudoWord(Random random)
    {
        const string consonants = "bcdfgklmnprstvz";
        const string vowels = "aeiou";
        var word = new StringBuilder();
        word.Append(char.ToUpperInvariant(consonants[random.Next(consonants.Length)]));
        for (var syllable = 0; syllable < 3; syllable++)
        {
            word.Append(vowels[random.Next(vowels.Length)]).Append(consonants[random.Next(consonants.Length)]);
        }

        return word.ToString();
    }

    /// <summary>Parses the 100 articles with every annotation extension on, entry linking included.</summary>
    [Benchmark]
    public int ParseAndLink()
    {
        var mentions = 0;
        foreach (var article in articles)
        {
            mentions += pipeline.Parse(article, context).Result.Mentions.Count;
        }

        return mentions;
    }

    /// <summary>Only the search for mentions, over the plain text of the 100 articles.</summary>
    [Benchmark]
    public int FindMentions()
    {
        var matches = new List<EntryMatch>();
        foreach (var text in plainTexts)
        {
            catalog.Matcher.FindAll(text, matches);
        }

        return matches.Count;
    }
}
