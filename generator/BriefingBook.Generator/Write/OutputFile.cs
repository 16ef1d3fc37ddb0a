namespace BriefingBook.Generator.Write;

/// <summary>A file of the output: its path relative to the output folder (with <c>/</c>) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content)
{
    public static OutputFile Text(string path, string text) => new(path, new System.Text.UTF8Encoding(false).GetBytes(text));
}
