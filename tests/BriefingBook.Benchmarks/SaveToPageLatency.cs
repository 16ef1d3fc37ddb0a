using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingBook.Generator;
using BriefingBook.Server;

namespace BriefingBook.Benchmarks;

/// <summary>
/// Times the editor's loop end to end, as a browser sees it: from saving one article to having fetched
/// the rebuilt page, through the file watcher, the incremental rebuild, the reload event and HTTP. It runs
/// on a copy of the real book, then on a book generated from it with as many articles as asked.
/// </summary>
public static partial class SaveToPageLatency
{
    public const string Command = "save-to-page";

    public static async Task<int> RunAsync(string[] args)
    {
        var saves = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var generated = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        var pause = TimeSpan.FromMilliseconds(args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100);
        var repository = Repository.Root();
        await MeasureAsync("real book", repository, 0, saves, pause);
        await MeasureAsync($"generated book, {generated} article files", repository, generated, saves, pause);
        return 0;
    }

    /// <summary>Saves <paramref name="saves"/> times, each <paramref name="pause"/> after the previous page arrived (a longer pause lets the print editions of the previous save run).</summary>
    private static async Task MeasureAsync(string name, string repository, int articles, int saves, TimeSpan pause)
    {
        var root = Path.Combine(Path.GetTempPath(), "bb-latency-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            foreach (var part in new[] { "content", "templates" })
            {
                Copy(Path.Combine(repository, part), Path.Combine(root, part));
            }
            File.Copy(Path.Combine(repository, "site.yml"), Path.Combine(root, "site.yml"));
            var edited = articles > 0 ? Generate(root, articles) : "content/en/articles/nato-japan-relations.md";
            var options = new BuildOptions { ConfigPath = Path.Combine(root, "site.yml") };
            await using var session = new ServeSession(options, new ServeSettings { Port = 0, PreviewFolder = Path.Combine(root, "preview") });
            var rebuilds = new List<double>();
            session.Rebuilt += (_, result) => rebuilds.Add(result.Elapsed.TotalMilliseconds);
            var printed = 0;
            var sinceSave = new Stopwatch();
            var printedAfterSave = 0.0;
            session.PrintEditionsRebuilt += _ =>
            {
                printedAfterSave = sinceSave.Elapsed.TotalMilliseconds;
                Interlocked.Increment(ref printed);
            };
            var clock = Stopwatch.StartNew();
            var first = await session.StartAsync();
            var firstBuild = clock.Elapsed.TotalMilliseconds;
            if (!first.Succeeded)
            {
                throw new InvalidOperationException(string.Join("\n", first.Errors));
            }
            using var client = new HttpClient { BaseAddress = session.Address };
            using var events = await client.GetAsync("__briefingbook/events", HttpCompletionOption.ResponseHeadersRead);
            using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
            await reader.ReadLineAsync();
            var file = Path.Combine(root, edited);
            var original = await File.ReadAllTextAsync(file);
            var page = PageOf(edited, original);
            var latencies = new List<double>();
            var printedBeforeLastSave = 0;
            for (var i = 0; i <= saves; i++)
            {
                var marker = $"Latency marker {i} {Guid.NewGuid():N}.";
                printedBeforeLastSave = Volatile.Read(ref printed);
                sinceSave.Restart();
                var watch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(file, original + "\n" + marker + "\n", new UTF8Encoding(false));
                // The print editions of the previous save may still announce themselves: wait for the page's own reload.
                string? line;
                while ((line = await reader.ReadLineAsync()) is not null && !(line.StartsWith("data:", StringComparison.Ordinal) && line.Contains(page, StringComparison.Ordinal)))
                {
                    if (line.StartsWith("event: errors", StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException($"the rebuild failed: {await reader.ReadLineAsync()}");
                    }
                }
                if (line is null)
                {
                    throw new InvalidOperationException("the event stream ended");
                }
                var html = await client.GetStringAsync(page);
                watch.Stop();
                if (!html.Contains(marker, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("the page does not have the new text");
                }
                if (i > 0)
                {
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
                await Task.Delay(pause);
            }
            var waiting = Stopwatch.StartNew();
            while (Volatile.Read(ref printed) == printedBeforeLastSave && waiting.Elapsed < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(50);
            }
            latencies.Sort();
            var rebuild = rebuilds.Skip(1).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: first build {firstBuild:0} ms; save to page over {saves} saves: median {Percentile(latencies, 0.5):0.0} ms, p90 {Percentile(latencies, 0.9):0.0} ms, p95 {Percentile(latencies, 0.95):0.0} ms, max {latencies[^1]:0.0} ms (of which rebuild median {Percentile(rebuild, 0.5):0.0} ms; watcher quiet delay 25 ms; {pause.TotalMilliseconds:0} ms between saves, print editions made {printed} times); print editions up to date {printedAfterSave:0} ms after the last save"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Adds copies of the real articles, with their own keys, slugs and titles, until the book has <paramref name="articles"/> article files; returns one to edit.</summary>
    private static string Generate(string root, int articles)
    {
        var languages = Directory.GetDirectories(Path.Combine(root, "content")).Select(Path.GetFileName).OfType<string>().Order().ToList();
        var originals = Directory.GetFiles(Path.Combine(root, "content", languages[0], "articles"), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order().ToList();
        var existing = languages.Count * originals.Count;
        var copies = (articles - existing) / languages.Count;
        for (var i = 0; i < copies; i++)
        {
            var key = originals[i % originals.Count];
            foreach (var language in languages)
            {
                var source = Path.Combine(root, "content", language, "articles", key + ".md");
                if (!File.Exists(source))
                {
                    continue;
                }
                var text = File.ReadAllText(source);
                var number = (i + 1).ToString("0000", CultureInfo.InvariantCulture);
                text = Slug().Replace(text, m => $"slug: {m.Groups[1].Value}-{number}", 1);
                text = Title().Replace(text, m => $"title: \"{number} · ", 1);
                File.WriteAllText(Path.Combine(root, "content", language, "articles", $"{key}-{number}.md"), text);
            }
        }
        var middle = copies / 2 / originals.Count * originals.Count;
        return $"content/{languages[^1]}/articles/{originals[0]}-{(middle + 1).ToString("0000", CultureInfo.InvariantCulture)}.md";
    }

    /// <summary>The output path of an article from its source: its slug, or its file name.</summary>
    private static string PageOf(string source, string text)
    {
        var language = source.Split('/')[1];
        var slug = Slug().Match(text) is { Success: true } match ? match.Groups[1].Value : Path.GetFileNameWithoutExtension(source);
        return $"{language}/articles/{slug}.html";
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"^slug: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex Slug();

    [GeneratedRegex("^title: \"", RegexOptions.Multiline)]
    private static partial Regex Title();
}
