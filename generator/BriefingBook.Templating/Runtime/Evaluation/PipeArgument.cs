namespace BriefingBook.Templating.Runtime.Evaluation;

/// <summary>The value a pipe hands to the next call: present or not, and whether it spreads into several arguments (<c>^list | f</c>).</summary>
internal readonly record struct PipeArgument(bool HasValue, object? Value, bool Expands);
