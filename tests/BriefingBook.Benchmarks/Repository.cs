namespace BriefingBook.Benchmarks;

/// <summary>Finds the repository the benchmarks run from, by its solution file.</summary>
internal static class Repository
{
    public static string Root()
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
