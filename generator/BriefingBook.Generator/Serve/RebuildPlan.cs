namespace BriefingBook.Generator.Serve;

/// <summary>
/// What a change needs: everything, or the sources to annotate again and the output pages to render
/// again (paths relative to the output folder, with <c>/</c>).
/// </summary>
public sealed record RebuildPlan(bool Everything, IReadOnlySet<string> Annotate, IReadOnlySet<string> Render)
{
    public static RebuildPlan All { get; } = new(true, new HashSet<string>(), new HashSet<string>());

    /// <summary>The same plan with more pages to render.</summary>
    public RebuildPlan WithRender(IEnumerable<string> outputs) =>
        Everything ? this : this with { Render = new HashSet<string>(Render.Concat(outputs), StringComparer.Ordinal) };
}
