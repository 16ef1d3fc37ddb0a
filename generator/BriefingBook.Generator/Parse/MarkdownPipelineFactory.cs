using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.SmartyPants;
using BriefingBook.Generator.Config;

namespace BriefingBook.Generator.Parse;

/// <summary>
/// Builds the Markdig pipeline of one language: footnotes, tables, definition lists, heading ids,
/// figures, custom containers, smart punctuation with the language's quotation marks, attributes,
/// and the book's own extensions. A pipeline is frozen once built and shared by parallel work.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(MarkdownConfig config, string language, IEnumerable<IMarkdownExtension>? extensions = null)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseFootnotes()
            .UsePipeTables()
            .UseGridTables()
            .UseDefinitionLists()
            .UseFigures()
            .UseCustomContainers()
            .UseAutoIdentifiers(AutoIdentifierOptions.Default)
            .UseAutoLinks();
        if (config.SmartPunctuation)
        {
            builder.UseSmartyPants(SmartPunctuation(language));
        }
        foreach (var extension in extensions ?? [])
        {
            builder.Extensions.AddIfNotAlready(extension);
        }
        builder.UseGenericAttributes();
        return builder.Build();
    }

    private static SmartyPantOptions SmartPunctuation(string language)
    {
        var options = new SmartyPantOptions();
        if (language == "fr" || language.StartsWith("fr-", StringComparison.Ordinal))
        {
            options.Mapping[SmartyPantType.LeftDoubleQuote] = "«\u202F";
            options.Mapping[SmartyPantType.RightDoubleQuote] = "\u202F»";
            options.Mapping[SmartyPantType.LeftAngleQuote] = "«\u202F";
            options.Mapping[SmartyPantType.RightAngleQuote] = "\u202F»";
            options.Mapping[SmartyPantType.LeftQuote] = "&lsquo;";
            options.Mapping[SmartyPantType.RightQuote] = "&rsquo;";
        }
        return options;
    }
}
