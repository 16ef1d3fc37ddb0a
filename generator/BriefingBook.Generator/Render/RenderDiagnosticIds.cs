namespace BriefingBook.Generator.Render;

/// <summary>Diagnostic ids of the render stage (BB4xxx).</summary>
public static class RenderDiagnosticIds
{
    public const string TemplateNotFound = "BB4001";
    public const string TemplateSyntax = "BB4002";
    public const string TemplateRuntime = "BB4003";
    public const string UiStrings = "BB4004";
}
