using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BriefingBook.Generator.Export;

namespace BriefingBook.Benchmarks;

/// <summary>
/// Times the PDF step on a generated print book of 5 and of 200 articles (cover, contents, sections, footnotes,
/// glossary, index with page references), with and without merging the index's repeated pages. Each run renders the whole book, so a few iterations suffice; the page
/// count of each book is printed once in the log. Needs WeasyPrint; without it the benchmark says so and stops.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class PdfExportBenchmarks
{
    private PdfExporter? _exporter;
    private PdfExportRequest? _request;
    private string _folder = "";

    [Params(5, 200)]
    public int Articles { get; set; }

    [Params(true, false)]
    public bool MergePages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var probe = PdfEngineLocator.Machine;
        if (probe.Engine is null)
        {
            throw new InvalidOperationException($"{probe.Reason}; {PdfEngineProbe.InstallHint}");
        }
        _exporter = new PdfExporter(probe.Engine);
        _folder = Directory.CreateTempSubdirectory("bb-pdf-bench-").FullName;
        File.Copy(Path.Combine(Repository.Root(), "templates", "print", "print.css"), Path.Combine(_folder, "print.css"));
        var document = Path.Combine(_folder, "print.html");
        File.WriteAllText(document, Book(Articles));
        _request = new PdfExportRequest(document, _folder, Path.Combine(_folder, "book.pdf")) { Timeout = TimeSpan.FromMinutes(30), MergeRepeatedPageReferences = MergePages };
    }

    [Benchmark]
    public int RenderPdf()
    {
        var result = Export();
        Console.WriteLine($"// PDF of {Articles} articles (merge {MergePages}): {result.Pages} pages, {result.Bytes / 1024} KiB, {result.Seconds:0.0} s");
        return result.Pages;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    private PdfExportResult Export()
    {
        var result = _exporter!.ExportAsync(_request!).GetAwaiter().GetResult();
        return result.Succeeded ? result : throw new InvalidOperationException(result.Error);
    }

    private static readonly string[] Terms = ["OTAN", "Article 5", "IP4", "Quad", "AUKUS", "dissuasion élargie", "cyberdéfense"];

    private static readonly string[] Aspects =
    [
        "budget", "cyber", "doctrine", "exercices", "industrie", "renseignement", "sommets", "traités",
        "Australie", "Corée du Sud", "États-Unis", "Europe", "Inde", "Japon", "Nouvelle-Zélande", "Philippines",
        "Chine", "Russie", "Taïwan", "Ukraine", "mer de Chine", "nucléaire", "spatial", "maritime",
        "sanctions", "diplomatie", "opinion", "histoire", "bases", "alliances", "élargissement", "partenariats",
        "missiles", "défense aérienne", "logistique", "formation", "commandement", "normes", "technologie", "énergie",
    ];

    // A book shaped as the print template emits it: the same structure as the tests' sample, at any length.
    private static string Book(int articles)
    {
        var html = new StringBuilder("""
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Japon, Corée du Sud, OTAN</title>
            <meta name="author" content="Rédaction"><link rel="stylesheet" href="print.css"></head><body>
            <section class="cover"><h1 class="book-title">Japon, Corée du Sud, OTAN</h1><p class="book-subtitle">La sécurité de l’Indo-Pacifique</p></section>
            <nav class="toc" id="contents"><h1 class="matter-title">Sommaire</h1><ol>
            """);
        for (var a = 1; a <= articles; a++)
        {
            html.Append($"<li class=\"toc-article\"><a href=\"#a{a}\">Dossier {a} : l’Alliance et ses partenaires</a><ol>");
            for (var s = 1; s <= 3; s++)
            {
                html.Append($"<li class=\"toc-section\"><a href=\"#a{a}--s{s}\">Section {s}</a></li>");
            }
            html.Append("</ol></li>\n");
        }
        html.Append("<li class=\"toc-matter\"><a href=\"#index\">Index</a></li></ol></nav><main>\n");
        var marks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var mark = 0;
        for (var a = 1; a <= articles; a++)
        {
            html.Append($"<article class=\"chapter\" id=\"a{a}\"><header><p class=\"chapter-kicker\">Dossier {a}</p><h1 class=\"chapter-title\">Dossier {a} : l’Alliance et ses partenaires</h1></header>\n");
            for (var s = 1; s <= 3; s++)
            {
                html.Append($"<section id=\"a{a}--s{s}\"><h2>Section {s}</h2>\n");
                for (var p = 0; p < 4; p++)
                {
                    // About 280 entries of a few pages each, as a real index has, rather than 7 entries of 300 pages.
                    var term = $"{Terms[(a + s + p) % Terms.Length]}, {Aspects[(a / 5 + s) % Aspects.Length]}";
                    var id = $"ix{++mark}";
                    if (!marks.TryGetValue(term, out var ids))
                    {
                        marks[term] = ids = [];
                    }
                    ids.Add(id);
                    html.Append($"<p>Le dialogue entre le Japon et l’<span class=\"index-mark\" id=\"{id}\"></span>{term} remonte à plus de vingt ans, mais il est resté longtemps discret. ")
                        .Append("Tokyo y voit un pilier de sa stratégie, sans chercher à adhérer à une alliance dont le traité reste centré sur l’Atlantique Nord. ")
                        .Append("La cyberdéfense offre le terrain de coopération le plus concret : partage d’informations, exercices, centre d’excellence de Tallinn.")
                        .Append(p == 1 ? "<span class=\"footnote\">Conférence de presse conjointe du 31 janvier 2023 à Tokyo.</span>" : "")
                        .Append("</p>\n");
                }
                html.Append("</section>\n");
            }
            html.Append("</article>\n");
        }
        html.Append("</main><section class=\"back-matter index\" id=\"index\"><h1 class=\"matter-title\">Index</h1><div class=\"index-columns\"><ul class=\"index-entries\">\n");
        foreach (var (term, ids) in marks.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            html.Append($"<li class=\"index-entry\"><span class=\"index-term\">{term}</span><span class=\"index-refs\">")
                .AppendJoin("", ids.Select(id => $"<a class=\"page-ref\" href=\"#{id}\"></a>"))
                .Append("</span></li>\n");
        }
        html.Append("</ul></div></section></body></html>\n");
        return html.ToString();
    }
}
