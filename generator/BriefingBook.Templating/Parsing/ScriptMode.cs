namespace BriefingBook.Templating.Parsing;

/// <summary>Whether a text is a template (text with code blocks) or code only.</summary>
public enum ScriptMode
{
    /// <summary>Text with <c>{{ }}</c> code blocks.</summary>
    Default,

    /// <summary>Code only, without <c>{{ }}</c> delimiters.</summary>
    ScriptOnly,
}
