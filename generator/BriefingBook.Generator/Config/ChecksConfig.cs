using BriefingBook.Generator.Diagnostics;

namespace BriefingBook.Generator.Config;

/// <summary>The <c>checks:</c> section of site.yml: how serious the problems a book may tolerate are.</summary>
public sealed record ChecksConfig(DiagnosticSeverity MissingTranslation = DiagnosticSeverity.Warning);
