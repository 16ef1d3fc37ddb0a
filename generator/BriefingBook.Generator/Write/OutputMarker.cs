namespace BriefingBook.Generator.Write;

/// <summary>The file that marks a folder as produced by the build, so the build only ever replaces its own output.</summary>
public static class OutputMarker
{
    public const string FileName = ".briefingbook-output";

    public const string Text = "This folder is produced by 'briefingbook build' and is replaced as a whole on every build.\n";

    public static bool IsMarked(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>True when the folder does not exist, is empty, or carries the marker.</summary>
    public static bool IsOursOrEmpty(string folder) =>
        !Directory.Exists(folder) || IsMarked(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();
}
