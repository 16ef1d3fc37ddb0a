using System.Text.RegularExpressions;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>
/// The <c>regex</c> namespace: .NET regular expressions with the render's timeout. Options are letters:
/// <c>i</c> ignore case, <c>m</c> multiline, <c>s</c> single line, <c>x</c> ignore pattern whitespace;
/// other letters are ignored, as Scriban does.
/// </summary>
public sealed class RegexFunctions : ScriptObject
{
    public RegexFunctions()
    {
        Import(typeof(RegexFunctions), "regex");
    }

    public static string Escape(string? pattern) => Regex.Escape(pattern ?? string.Empty);

    public static string Unescape(string? pattern) => Regex.Unescape(pattern ?? string.Empty);

    /// <summary>The first match: the whole match followed by each group, or an empty array.</summary>
    public static ScriptArray Match(TemplateContext context, SourceSpan span, string? text, string? pattern, string? options = null)
    {
        var match = Create(context, span, pattern, options).Match(text ?? string.Empty);
        return match.Success ? Groups(match) : new ScriptArray();
    }

    /// <summary>Every match, each as an array of the whole match followed by its groups.</summary>
    public static ScriptArray Matches(TemplateContext context, SourceSpan span, string? text, string? pattern, string? options = null)
    {
        var result = new ScriptArray();
        foreach (Match match in Create(context, span, pattern, options).Matches(text ?? string.Empty))
        {
            result.Add(Groups(match));
        }
        return result;
    }

    public static string Replace(TemplateContext context, SourceSpan span, string? text, string? pattern, string? replace, string? options = null) =>
        Create(context, span, pattern, options).Replace(text ?? string.Empty, replace ?? string.Empty);

    public static ScriptArray Split(TemplateContext context, SourceSpan span, string? text, string? pattern, string? options = null) =>
        new(Create(context, span, pattern, options).Split(text ?? string.Empty));

    private static ScriptArray Groups(Match match)
    {
        var groups = new ScriptArray(match.Groups.Count);
        foreach (Group group in match.Groups)
        {
            groups.Add(group.Value);
        }
        return groups;
    }

    private static Regex Create(TemplateContext context, SourceSpan span, string? pattern, string? options)
    {
        var flags = RegexOptions.None;
        foreach (var letter in options ?? string.Empty)
        {
            flags |= letter switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
        }
        try
        {
            return new Regex(pattern ?? string.Empty, flags, context.RegexTimeOut);
        }
        catch (ArgumentException exception)
        {
            throw new ScriptRuntimeException(span, exception.Message, exception);
        }
    }
}
