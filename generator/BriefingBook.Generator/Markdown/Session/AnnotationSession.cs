using Markdig;
using Markdig.Syntax;

namespace BriefingBook.Generator.Markdown.Session;

/// <summary>
/// The state of one document while it is parsed: its context, the result being filled, and what the
/// extensions must remember from one paragraph to the next. Travels from the caller through Markdig's
/// parser context and is then kept on the document.
/// </summary>
public sealed class AnnotationSession
{
    private static readonly object DocumentKey = new();

    /// <summary>The key of the session in <see cref="MarkdownParserContext.Properties"/>.</summary>
    public static readonly object ContextKey = typeof(AnnotationSession);

    /// <summary>Starts the session of one document.</summary>
    public AnnotationSession(AnnotationContext context)
    {
        Context = context;
    }

    /// <summary>What the caller said about the document.</summary>
    public AnnotationContext Context { get; }

    /// <summary>What the extensions found.</summary>
    public AnnotationResult Result { get; } = new();

    internal HashSet<string> LinkedInArticle { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> LinkedInSection { get; } = new(StringComparer.Ordinal);

    internal int TooltipCount { get; set; }

    /// <summary>A parser context that carries this session into Markdig.</summary>
    public MarkdownParserContext CreateParserContext()
    {
        var parserContext = new MarkdownParserContext();
        parserContext.Properties[ContextKey] = this;
        return parserContext;
    }

    /// <summary>The session of a document; a document parsed without one gets an empty context.</summary>
    public static AnnotationSession Of(MarkdownDocument document)
    {
        if (document.GetData(DocumentKey) is AnnotationSession session)
        {
            return session;
        }

        session = new AnnotationSession(new AnnotationContext());
        document.SetData(DocumentKey, session);
        return session;
    }

    /// <summary>A line of the source file, from 1, for a 0-based Markdig line.</summary>
    public int FileLine(int markdigLine) => Context.FirstLine + markdigLine;

    internal static void Attach(MarkdownDocument document, MarkdownParserContext? parserContext)
    {
        if (document.GetData(DocumentKey) is not null)
        {
            return;
        }

        if (parserContext is not null && parserContext.Properties.TryGetValue(ContextKey, out var value) && value is AnnotationSession session)
        {
            document.SetData(DocumentKey, session);
        }
    }
}
