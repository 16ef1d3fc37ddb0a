using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>A declared parameter of a function: a name, an optional literal default, or <c>name...</c> for the rest.</summary>
public sealed class ScriptParameter
{
    public required string Name { get; init; }

    public SourceSpan Span { get; init; }

    public ScriptLiteral? DefaultValue { get; set; }

    public bool HasDefault { get; set; }

    public bool IsVariadic { get; set; }
}
