using Markdig.Extensions.SmartyPants;

namespace BriefingBook.Generator.Markdown.Typography;

/// <summary>The quotation marks typed <c>"</c>, <c>&lt;&lt;</c> and <c>&gt;&gt;</c> become, per language.</summary>
public static class TypographicQuotes
{
    /// <summary>French guillemets with narrow no-break spaces inside, or Markdig's English quotes.</summary>
    public static SmartyPantOptions For(AnnotationOptions options)
    {
        var smartyPants = new SmartyPantOptions();
        if (options.UsesFrenchTypography)
        {
            var open = "\u00AB" + FrenchTypography.NarrowNoBreakSpace;
            var close = FrenchTypography.NarrowNoBreakSpace + "\u00BB";
            smartyPants.Mapping[SmartyPantType.LeftDoubleQuote] = open;
            smartyPants.Mapping[SmartyPantType.RightDoubleQuote] = close;
            smartyPants.Mapping[SmartyPantType.LeftAngleQuote] = open;
            smartyPants.Mapping[SmartyPantType.RightAngleQuote] = close;
        }

        return smartyPants;
    }
}
