namespace BriefingBook.Generator.Tests.Export;

/// <summary>Finds files of the repository (the print stylesheet) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "BriefingBook.sln")))
                {
                    return folder.FullName;
                }
            }
            throw new InvalidOperationException("BriefingBook.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string PrintStylesheet => Path.Combine(Root, "templates", "print", "print.css");
}
