using BriefingBook.Generator.Diagnostics;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Generator.Render;

/// <summary>
/// One output page to render: where it goes, its language, its layout, who asked for that layout
/// (for messages), how to build its page model, and its language alternates for hreflang and the sitemap.
/// </summary>
public sealed record RenderJob(
    string OutputPath,
    string Language,
    string Layout,
    SourceLocation RequestedBy,
    Func<IReadOnlyDictionary<string, string>, ScriptObject> Page,
    IReadOnlyDictionary<string, string> Alternates,
    bool InSitemap);
