namespace BriefingBook.Templating.Parsing;

/// <summary>The language a template is written in.</summary>
public enum ScriptLang
{
    /// <summary>The Scriban language.</summary>
    Default,

    /// <summary>Liquid tags and filters, mapped onto the same tree.</summary>
    Liquid,

    /// <summary>The Scriban language with implicit multiplication, <c>^</c> as power and <c>|</c>/<c>&amp;</c> as bitwise operators.</summary>
    Scientific,
}
