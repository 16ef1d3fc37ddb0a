using BriefingBook.Generator.Tests.Fixtures;

namespace BriefingBook.Generator.Tests.Export;

/// <summary>Files of the repository the export tests use.</summary>
internal static class RepositoryFiles
{
    public static string PrintStylesheet => Path.Combine(RepositoryRoot.Path, "templates", "print", "print.css");
}
