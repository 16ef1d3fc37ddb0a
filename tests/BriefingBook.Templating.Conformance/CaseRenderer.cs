using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Conformance;

/// <summary>Renders one suite case the way the suite's own runner does: template name <c>text</c>, the test model and loaders, errors as text.</summary>
public static class CaseRenderer
{
    /// <summary>The case's output and exit status: 0 when rendered, 1 when an error message was produced.</summary>
    public static (string Output, int Status) Render(string text, string language)
    {
        var lang = language switch
        {
            "liquid" => ScriptLang.Liquid,
            "scientific" => ScriptLang.Scientific,
            _ => ScriptLang.Default,
        };
        try
        {
            var template = Template.Parse(
                text,
                "text",
                new ParserOptions { LiquidFunctionsToScriban = lang == ScriptLang.Liquid, ExpressionDepthLimit = 250 },
                new LexerOptions { Lang = lang });
            if (template.HasErrors)
            {
                return (string.Join("\n", template.Messages.Select(message => message.ToString())), 1);
            }

            var context = new TemplateContext(lang == ScriptLang.Liquid ? LiquidFilterNames.CreateBuiltins() : TemplateContext.CreateBuiltins())
            {
                NewLine = "\n",
                Language = lang,
                TemplateLoader = lang == ScriptLang.Liquid ? new LiquidCaseTemplateLoader() : new CaseTemplateLoader(),
            };
            if (lang == ScriptLang.Liquid)
            {
                context.EnableBreakAndContinueAsReturnOutsideLoop = true;
                context.EnableRelaxedTargetAccess = true;
            }
            context.PushGlobal(CaseModel.Create());
            return (template.Render(context), 0);
        }
        catch (ScriptRuntimeException exception)
        {
            var message = exception.Message;
            if (exception.InnerException is { } inner and not ScriptRuntimeException)
            {
                message += ". Reason: " + inner.Message;
            }
            return (message, 1);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return (exception.Message, 1);
        }
    }
}
