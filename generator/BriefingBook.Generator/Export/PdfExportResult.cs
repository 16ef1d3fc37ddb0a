namespace BriefingBook.Generator.Export;

/// <summary>What one PDF export produced: the file and its figures, or the reason it failed.</summary>
public sealed record PdfExportResult
{
    /// <summary>True when the PDF was written to <see cref="TargetPath"/>.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>The PDF the export was asked to write.</summary>
    public required string TargetPath { get; init; }

    /// <summary>One line saying why the export failed; null on success.</summary>
    public string? Error { get; init; }

    /// <summary>Number of pages of the PDF.</summary>
    public int Pages { get; init; }

    /// <summary>Size of the PDF in bytes.</summary>
    public long Bytes { get; init; }

    /// <summary>Wall-clock time of the export, engine start-up included.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary><see cref="Elapsed"/> in seconds.</summary>
    public double Seconds => Elapsed.TotalSeconds;

    /// <summary>True when the engine ran in a network namespace of its own, with no way out.</summary>
    public bool NetworkIsolated { get; init; }

    /// <summary>URLs the document asked for and did not get: remote ones and files outside the output folder.</summary>
    public IReadOnlyList<string> BlockedResources { get; init; } = [];

    /// <summary>The engine's warnings (unsupported CSS, unreadable images), one line each.</summary>
    public IReadOnlyList<string> EngineWarnings { get; init; } = [];
}
