namespace BriefingBook.Generator.Tests.Markdown;

/// <summary>One example of a spec document: Markdown in, expected HTML out, and the settings on its fence line.</summary>
public sealed record SpecExample(string File, int Number, int Line, string Markdown, string Html, IReadOnlyDictionary<string, string> Settings)
{
    public string Setting(string name, string fallback) => Settings.TryGetValue(name, out var value) ? value : fallback;
}
