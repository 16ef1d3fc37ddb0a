using System.Globalization;
using System.Text;

namespace BriefingBook.Generator.Tests.Export;

/// <summary>
/// Writes a print document shaped as the print template emits it (see templates/print/README.md): cover, contents,
/// articles with sections, footnotes and index marks, glossary, chronology and an index with page references.
/// </summary>
internal sealed class PrintBookBuilder
{
    public const string BookTitle = "Japon, Corée du Sud, OTAN";
    public const string Subtitle = "La sécurité de l'Indo-Pacifique en dossiers";

    /// <summary>Index terms: the words printed in the text and listed in the index.</summary>
    public static readonly string[] IndexTerms =
        ["OTAN", "Article 5", "IP4", "Quad", "AUKUS", "dissuasion élargie", "cyberdéfense", "Ishiba Shigeru"];

    private static readonly string[] Paragraphs =
    [
        "Lorsque le secrétaire général de l'{OTAN} s'est rendu à Tokyo en janvier 2023, il a parlé d'un moment critique pour l'Alliance comme pour le Japon. La guerre en Europe a montré que la sécurité euro-atlantique et celle de l'Indo-Pacifique ne se séparent plus.^[Conférence de presse conjointe du 31 janvier 2023 à Tokyo.]",
        "Le dialogue entre le Japon et l'{OTAN} remonte à plus de vingt ans, mais il est resté longtemps discret. Tokyo y voit aujourd'hui un pilier de sa stratégie de {dissuasion élargie}, sans chercher à adhérer à une alliance dont le traité reste centré sur l'Atlantique Nord.",
        "L'{Article 5} du traité de Washington ne s'applique qu'aux membres de l'Alliance. Un partenaire comme le Japon ne bénéficie donc d'aucune garantie de défense collective, ce que rappellent ceux qui craignent une extension géographique des engagements.^[Le traité limite d'ailleurs sa zone d'application au nord du tropique du Cancer.]",
        "Le groupe des quatre partenaires indo-pacifiques, l'{IP4}, réunit l'Australie, la Corée du Sud, le Japon et la Nouvelle-Zélande. Ses dirigeants sont invités aux sommets de l'Alliance depuis 2022 et y coordonnent leurs positions sur l'Ukraine comme sur la mer de Chine.",
        "La {cyberdéfense} offre le terrain de coopération le plus concret : le Japon participe au centre d'excellence de Tallinn, partage des informations sur les menaces et prend part aux exercices annuels de l'Alliance.^[Le Japon a rejoint le centre d'excellence pour la cyberdéfense en coopération en 2022.]",
        "{Ishiba Shigeru} a proposé, avant de devenir Premier ministre, une « OTAN asiatique » fondée sur une défense collective régionale. L'idée a suscité plus de scepticisme que d'adhésion, à Washington comme dans les capitales voisines.",
        "Le {Quad}, dialogue entre l'Australie, les États-Unis, l'Inde et le Japon, n'est pas une alliance militaire. Il s'occupe de sécurité maritime, de santé, de technologies critiques et de chaînes d'approvisionnement, et l'Inde tient à ce qu'il en reste ainsi.",
        "Avec {AUKUS}, l'Australie, le Royaume-Uni et les États-Unis ont choisi une autre voie : un partenariat technologique dont le premier pilier doit doter Canberra de sous-marins à propulsion nucléaire, et dont le second associe d'autres partenaires, Japon compris.",
        "La Corée du Sud et le Japon partagent des menaces communes mais aussi une histoire douloureuse. Le rapprochement engagé en 2023 a rétabli les visites régulières des dirigeants et relancé le partage de renseignements militaires sur les missiles nord-coréens.^[L'accord général sur la sécurité des informations militaires a été pleinement rétabli en 2023.]",
        "Les budgets de défense japonais doivent atteindre deux pour cent du produit intérieur brut d'ici 2027. Cette hausse, inédite depuis 1945, finance des capacités de contre-frappe, la défense antimissile et la résilience des réseaux, donc la {cyberdéfense}.",
        "Le système trilatéral de partage des alertes de missiles, activé fin 2023, relie en temps réel les données coréennes, japonaises et américaines. Il illustre une coopération qui progresse par des mécanismes techniques plutôt que par des traités.",
        "Rien n'oblige l'{OTAN} à choisir entre l'Europe et l'Asie. Ses partenariats reposent sur des programmes individuels, révisés tous les quatre ans, qui permettent d'approfondir la coopération sans toucher à l'{Article 5}.^[Le programme de partenariat individualisé avec le Japon a été adopté en juillet 2023.]",
    ];

    private static readonly (string Key, string Title, string[] Sections)[] Chapters =
    [
        ("nato-japan", "Le Japon et l'OTAN : un partenariat à institutionnaliser", ["Une relation ancienne", "La cyberdéfense d'abord", "Les limites du traité"]),
        ("asian-nato", "Une « OTAN asiatique » ?", ["La proposition d'Ishiba", "Les réticences régionales"]),
        ("korea-japan", "Corée du Sud et Japon : le rapprochement", ["Une histoire lourde", "Le partage des alertes", "Vers une alliance ?"]),
        ("ip4", "L'IP4 et les sommets de l'Alliance", ["Quatre partenaires", "Ce que l'Alliance y gagne"]),
        ("minilateral", "Quad, AUKUS : le temps des formats restreints", ["Le Quad", "AUKUS", "Un réseau plutôt qu'une alliance"]),
    ];

    private readonly StringBuilder _html = new();
    private readonly List<(string Term, string Anchor)> _marks = [];
    private int _nextMark;

    /// <summary>The articles' keys and titles, in book order, for a document of <paramref name="articles"/> articles.</summary>
    public static IReadOnlyList<(string Id, string Title)> Articles(int articles) =>
        [.. Enumerable.Range(0, articles).Select(ChapterAt).Select(chapter => (chapter.Id, chapter.Title))];

    /// <summary>The whole print document; <paramref name="extraBody"/> is appended to the first article as is.</summary>
    public static string Build(int articles = 5, string paragraphsPerSection = "3-5", string extraBody = "")
    {
        var builder = new PrintBookBuilder();
        var range = paragraphsPerSection.Split('-').Select(int.Parse).ToArray();
        return builder.Write(articles, range[0], range[^1], extraBody);
    }

    private static (string Id, string Title, string[] Sections) ChapterAt(int index)
    {
        var (key, title, sections) = Chapters[index % Chapters.Length];
        var round = index / Chapters.Length;
        return round == 0 ? (key, title, sections) : ($"{key}-{round + 1}", $"{title} ({round + 1})", sections);
    }

    private string Write(int articles, int minParagraphs, int maxParagraphs, string extraBody)
    {
        _html.Append($"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <title>{E(BookTitle)}</title>
            <meta name="author" content="Rédaction du dossier">
            <meta name="description" content="{E(Subtitle)}">
            <meta name="keywords" content="Japon, Corée du Sud, OTAN, Indo-Pacifique">
            <meta name="dcterms.created" content="2025-03-01">
            <link rel="stylesheet" href="print.css">
            </head>
            <body>
            <section class="cover" id="cover">
            <h1 class="book-title">{E(BookTitle)}</h1>
            <p class="book-subtitle">{E(Subtitle)}</p>
            <p class="book-authors">Rédaction du dossier</p>
            <p class="cover-language">Édition française</p>
            <p class="cover-date"><time datetime="2025-03-01">mars 2025</time></p>
            </section>
            <nav class="toc" id="contents">
            <h1 class="matter-title">Sommaire</h1>
            <ol>

            """);
        for (var i = 0; i < articles; i++)
        {
            var (id, title, sections) = ChapterAt(i);
            _html.Append($"<li class=\"toc-article\"><a href=\"#{id}\">{E(title)}</a><ol>");
            for (var s = 0; s < sections.Length; s++)
            {
                _html.Append($"<li class=\"toc-section\"><a href=\"#{id}--s{s + 1}\">{E(sections[s])}</a></li>");
            }
            _html.Append("</ol></li>\n");
        }
        _html.Append("""
            <li class="toc-matter"><a href="#glossary">Glossaire</a></li>
            <li class="toc-matter"><a href="#chronology">Chronologie</a></li>
            <li class="toc-matter"><a href="#index">Index</a></li>
            </ol>
            </nav>
            <main>

            """);
        var paragraph = 0;
        for (var i = 0; i < articles; i++)
        {
            var (id, title, sections) = ChapterAt(i);
            _html.Append($"""
                <article class="chapter" id="{id}" lang="fr">
                <header class="chapter-header">
                <p class="chapter-kicker">Dossier {i + 1}</p>
                <h1 class="chapter-title" data-book-title="{E(BookTitle)}">{E(title)}</h1>
                <p class="chapter-meta">Mis à jour le 1er mars 2025</p>
                <p class="chapter-summary">Ce que le lecteur doit retenir de ce dossier, en deux phrases : les faits établis et ce qui reste en débat.</p>
                </header>
                <section class="key-points"><h2>Points clés</h2><ul><li>Les partenariats progressent par des mécanismes techniques.</li><li>Aucune garantie de défense collective hors de l'Alliance.</li></ul></section>

                """);
            if (i == 0)
            {
                _html.Append(extraBody);
            }
            for (var s = 0; s < sections.Length; s++)
            {
                _html.Append($"<section class=\"section\" id=\"{id}--s{s + 1}\">\n<h2>{E(sections[s])}</h2>\n");
                // The second article runs longer, so that articles open on left pages as well as right ones.
                var count = minParagraphs + (i + s) % (maxParagraphs - minParagraphs + 1) + (i == 1 ? 5 : 0);
                for (var p = 0; p < count; p++)
                {
                    _html.Append("<p>").Append(Markup(Paragraphs[paragraph++ % Paragraphs.Length])).Append("</p>\n");
                }
                if (s == 1)
                {
                    _html.Append("<aside class=\"editor-note\"><span class=\"note-label\">Note de la rédaction</span>La source traduit « deterrence by denial » par « dissuasion basée sur la dissuasion » : il s'agit de la dissuasion par interdiction.</aside>\n");
                }
                if (s == 0 && i + 1 < articles)
                {
                    var next = ChapterAt(i + 1);
                    _html.Append($"<blockquote><p>Nous devons renforcer nos liens avec nos partenaires de l'Indo-Pacifique.</p><p class=\"attribution\">— Mark Rutte, à Tokyo</p></blockquote>\n<p>Voir aussi <a class=\"xref\" href=\"#{next.Id}\">{E(next.Title)}</a>.</p>\n");
                }
                _html.Append("</section>\n");
            }
            _html.Append("<p class=\"chapter-source\">Source : synthèse de la rédaction d'après des analyses publiées, <a href=\"https://www.nato.int/\">nato.int</a>.</p>\n</article>\n");
        }
        _html.Append("</main>\n");
        WriteGlossary();
        WriteChronology();
        WriteIndex();
        _html.Append("</body>\n</html>\n");
        return _html.ToString();
    }

    private string Markup(string text)
    {
        var output = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                var end = text.IndexOf('}', i);
                var term = text[(i + 1)..end];
                var anchor = $"ix-{++_nextMark}";
                _marks.Add((term, anchor));
                output.Append($"<span class=\"index-mark\" id=\"{anchor}\"></span>{E(term)}");
                i = end;
            }
            else if (text[i] == '^' && i + 1 < text.Length && text[i + 1] == '[')
            {
                var end = text.IndexOf(']', i);
                output.Append($"<span class=\"footnote\">{E(text[(i + 2)..end])}</span>");
                i = end;
            }
            else
            {
                output.Append(E(text[i].ToString()));
            }
        }
        return output.ToString();
    }

    private void WriteGlossary()
    {
        _html.Append("""
            <section class="back-matter glossary" id="glossary">
            <h1 class="matter-title">Glossaire</h1>
            <dl class="entries">
            <dt id="g-article-5">Article 5 <span class="entry-alias">(article 5)</span></dt><dd>Clause de défense collective du traité de l'Atlantique Nord : une attaque contre un membre est une attaque contre tous. <span class="entry-other-language">Article 5</span></dd>
            <dt id="g-aukus">AUKUS</dt><dd>Partenariat de sécurité entre l'Australie, le Royaume-Uni et les États-Unis, annoncé en 2021. <span class="entry-other-language">AUKUS</span></dd>
            <dt id="g-ip4">IP4</dt><dd>Les quatre partenaires indo-pacifiques de l'OTAN : Australie, Corée du Sud, Japon, Nouvelle-Zélande. <span class="entry-other-language">IP4</span></dd>
            <dt id="g-otan">OTAN <span class="entry-alias">(Otan, Alliance atlantique)</span></dt><dd>Organisation du traité de l'Atlantique Nord, alliance de défense collective fondée en 1949. <span class="entry-other-language">NATO</span></dd>
            <dt id="g-quad">Quad</dt><dd>Dialogue quadrilatéral de sécurité entre l'Australie, les États-Unis, l'Inde et le Japon. <span class="entry-other-language">Quad</span></dd>
            </dl>
            </section>

            """);
    }

    private void WriteChronology()
    {
        _html.Append("""
            <section class="back-matter chronology" id="chronology">
            <h1 class="matter-title">Chronologie</h1>
            <ol class="events">
            <li><time datetime="2021-09-15">15 septembre 2021</time><span>Annonce du partenariat AUKUS.</span></li>
            <li><time datetime="2022-06-29">29 juin 2022</time><span>Les dirigeants de l'IP4 participent pour la première fois à un sommet de l'OTAN, à Madrid.</span></li>
            <li><time datetime="2023-01-31">31 janvier 2023</time><span>Jens Stoltenberg rencontre Kishida Fumio à Tokyo.</span></li>
            <li><time datetime="2023-07-12">12 juillet 2023</time><span>Adoption du programme de partenariat individualisé OTAN-Japon.</span></li>
            <li><time datetime="2024-10">octobre 2024</time><span>Ishiba Shigeru devient Premier ministre du Japon.</span></li>
            </ol>
            </section>

            """);
    }

    private void WriteIndex()
    {
        _html.Append("""
            <section class="back-matter index" id="index">
            <h1 class="matter-title">Index</h1>
            <div class="index-columns">

            """);
        var entries = _marks.GroupBy(mark => mark.Term)
            .Select(group => (Term: group.Key, Anchors: group.Select(mark => mark.Anchor).ToList(),
                See: group.Key == "OTAN" ? "voir aussi <a href=\"#g-article-5\">Article 5</a>" : null))
            .Append((Term: "Alliance atlantique", Anchors: new List<string>(), See: "voir <a href=\"#g-otan\">OTAN</a>"))
            .OrderBy(entry => entry.Term, StringComparer.Create(new CultureInfo("fr-FR"), ignoreCase: true));
        var letter = '\0';
        foreach (var (term, anchors, see) in entries)
        {
            var first = char.ToUpperInvariant(term[0]);
            if (first != letter)
            {
                if (letter != '\0')
                {
                    _html.Append("</ul>\n");
                }
                letter = first;
                _html.Append($"<h2 class=\"index-letter\">{letter}</h2>\n<ul class=\"index-entries\">\n");
            }
            var refs = string.Concat(anchors.Select(anchor => $"<a class=\"page-ref\" href=\"#{anchor}\"></a>"));
            _html.Append($"<li class=\"index-entry\"><span class=\"index-term\">{E(term)}</span><span class=\"index-refs\">{refs}</span>");
            if (see is not null)
            {
                _html.Append($"<span class=\"index-see\">{see}</span>");
            }
            _html.Append("</li>\n");
        }
        _html.Append("""
            </ul>
            </div>
            </section>

            """);
    }

    private static string E(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
