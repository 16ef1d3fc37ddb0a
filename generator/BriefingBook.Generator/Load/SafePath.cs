namespace BriefingBook.Generator.Load;

/// <summary>Resolves symbolic links and tells whether a path really stays inside a folder.</summary>
public static class SafePath
{
    private const int MaxLinks = 40;

    /// <summary>Paths compare by case where the file system does (Linux), and without it elsewhere.</summary>
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The path with every symbolic link along it resolved.</summary>
    public static string Resolve(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>True when <paramref name="path"/>, links resolved, is <paramref name="folder"/> or inside it.</summary>
    public static bool IsInside(string folder, string path) => IsSameOrUnder(Resolve(folder), Resolve(path));

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies under it (by name, links not resolved).</summary>
    public static bool IsSameOrUnder(string outer, string inner)
    {
        outer = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outer));
        inner = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inner));
        if (string.Equals(outer, inner, PathComparison))
        {
            return true;
        }
        var prefix = Path.EndsInDirectorySeparator(outer) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, PathComparison);
    }

    private static string Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"too many symbolic links in {fullPath}");
                }
                var targetPath = Path.GetFullPath(target, Path.GetDirectoryName(current) ?? root);
                current = Resolve(targetPath, ref links);
            }
        }
        return current;
    }
}
