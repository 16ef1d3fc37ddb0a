namespace BriefingBook.Server;

/// <summary>
/// Maps a request path to a file of the preview folder, or to nothing: paths with dot segments,
/// backslashes or encoded separators are refused before decoding, and so is any file reached through a
/// link, so that nothing outside the folder is ever served.
/// </summary>
public sealed class PreviewFiles(string root)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    /// <summary>The full path of the file to serve for <paramref name="rawPath"/> (as sent, still encoded), or null.</summary>
    public string? Resolve(string rawPath)
    {
        if (!rawPath.StartsWith('/') || rawPath.Contains('\\') || rawPath.Contains('\0'))
        {
            return null;
        }
        var lowered = rawPath.ToLowerInvariant();
        if (lowered.Contains("%2e", StringComparison.Ordinal) || lowered.Contains("%2f", StringComparison.Ordinal)
            || lowered.Contains("%5c", StringComparison.Ordinal) || lowered.Contains("%00", StringComparison.Ordinal))
        {
            return null;
        }
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(rawPath);
        }
        catch (UriFormatException)
        {
            return null;
        }
        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.StartsWith('.') || s.Contains('\\') || s.Contains(':')))
        {
            return null;
        }
        var path = Path.GetFullPath(Path.Combine([_root, .. segments]));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && path != _root)
        {
            return null;
        }
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, "index.html");
        }
        return File.Exists(path) && !ThroughLink(path) ? path : null;
    }

    private bool ThroughLink(string path)
    {
        for (var current = path; current.Length > _root.Length; current = Path.GetDirectoryName(current)!)
        {
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                return true;
            }
        }
        return false;
    }
}
