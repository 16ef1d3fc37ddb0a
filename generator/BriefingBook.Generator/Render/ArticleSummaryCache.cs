using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BriefingBook.Generator.Model;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Generator.Render;

/// <summary>
/// Article summaries already made, per article and per output folder (their links are relative to it).
/// Every page lists every article, so without it a book renders its summaries once per page; a live build
/// keeps it between rebuilds, and a page parsed again is a new object, so it is never served stale.
/// The summaries' members are read-only, so sharing them between pages is safe.
/// </summary>
public sealed class ArticleSummaryCache
{
    private readonly ConditionalWeakTable<Page, ConcurrentDictionary<string, ScriptObject>> _summaries = new();

    public ScriptObject Get(Page article, string from, Func<Page, string, ScriptObject> make)
    {
        var folder = from[..(from.LastIndexOf('/') + 1)];
        return _summaries.GetOrCreateValue(article).GetOrAdd(folder, _ => make(article, from));
    }
}
