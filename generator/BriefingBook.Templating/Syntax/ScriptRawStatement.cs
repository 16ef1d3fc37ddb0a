using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Syntax;

/// <summary>Template text outside code blocks, written as is.</summary>
public sealed class ScriptRawStatement : ScriptStatement
{
    public required string Source { get; init; }

    public int Start { get; init; }

    public int Length { get; init; }

    public bool IsEscape { get; init; }

    /// <summary>The text, cut from the template source on first use.</summary>
    public string Text => _text ??= Source.Substring(Start, Length);

    private string? _text;

    public override TResult Accept<TResult>(ScriptVisitor<TResult> visitor) => visitor.Visit(this);
}
