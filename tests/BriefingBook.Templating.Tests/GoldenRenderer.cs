using System.Runtime.CompilerServices;
using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Tests;

/// <summary>
/// Renders a golden template: its file name names it in messages; the globals are <see cref="GoldenModel"/>;
/// <c>include</c> reads <c>Golden/includes/NAME.txt</c>. Parse errors give the messages, one a line;
/// a runtime error gives its message.
/// </summary>
internal static class GoldenRenderer
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Golden");

    /// <summary>The Golden folder of the source tree, where GOLDEN_UPDATE writes.</summary>
    public static string SourceFolder => Path.Combine(Path.GetDirectoryName(ThisFile())!, "Golden");

    public static string Render(string name, string text)
    {
        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            return string.Join("\n", template.Messages);
        }
        var context = new TemplateContext { TemplateLoader = new FolderLoader(Path.Combine(Folder, "includes")) };
        context.PushGlobal(GoldenModel.Create());
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            return exception.Message;
        }
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;

    private sealed class FolderLoader(string folder) : ITemplateLoader
    {
        public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            templateName.All(c => char.IsLetterOrDigit(c) || c is '_' or '-') ? Path.Combine(folder, templateName + ".txt") : null;

        public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            File.Exists(templatePath) ? File.ReadAllText(templatePath) : null;
    }
}
