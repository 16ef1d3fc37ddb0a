namespace BriefingBook.Generator.Markdown;

/// <summary>The words the annotation layer writes into pages, in one language.</summary>
public sealed record AnnotationLabels
{
    /// <summary>Heading of an editor's note ("Note de la rédaction").</summary>
    public required string EditorNote { get; init; }

    /// <summary>Accessible name of a margin note ("Note en marge").</summary>
    public required string MarginNote { get; init; }

    /// <summary>Tooltip line naming the entry in the other language; <c>{0}</c> is that name.</summary>
    public required string OtherLanguageName { get; init; }

    /// <summary>Title of a cross-reference that leads nowhere; <c>{0}</c> is what the editor wrote.</summary>
    public required string BrokenReference { get; init; }

    /// <summary>The French words.</summary>
    public static AnnotationLabels French { get; } = new()
    {
        EditorNote = "Note de la rédaction",
        MarginNote = "Note en marge",
        OtherLanguageName = "En anglais : {0}",
        BrokenReference = "Référence introuvable : {0}",
    };

    /// <summary>The English words.</summary>
    public static AnnotationLabels English { get; } = new()
    {
        EditorNote = "Editor's note",
        MarginNote = "Margin note",
        OtherLanguageName = "In French: {0}",
        BrokenReference = "Broken reference: {0}",
    };

    /// <summary>The labels of a language code: French for <c>fr</c>, English otherwise.</summary>
    public static AnnotationLabels For(string language) =>
        language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : English;
}
