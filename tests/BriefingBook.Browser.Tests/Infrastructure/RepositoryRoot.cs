namespace BriefingBook.Browser.Tests.Infrastructure;

/// <summary>Finds the repository's root (the folder with BriefingBook.sln) from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "BriefingBook.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("BriefingBook.sln not found above " + AppContext.BaseDirectory);
    }
}
