using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Config;

/// <summary>The <c>checks:</c> section of site.yml: how serious the problems a book may tolerate are.</summary>
/// <param name="MissingTranslation">An article, page or entry missing in a language (default: warning).</param>
/// <param name="BrokenReference">A <c>[[key]]</c> cross-reference that leads nowhere (default: error).</param>
public sealed record ChecksConfig(
    DiagnosticSeverity MissingTranslation = DiagnosticSeverity.Warning,
    DiagnosticSeverity BrokenReference = DiagnosticSeverity.Error);
