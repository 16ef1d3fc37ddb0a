using BriefingBook.Generator.Export;

namespace BriefingBook.Generator.Tests.Export;

/// <summary>A stand-in for the engine's interpreter: an executable script that misbehaves on purpose, deleted after use.</summary>
internal sealed class FakeEngine : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bb-fake-engine-").FullName;

    /// <summary>Writes an executable named <paramref name="name"/> whose body is the shell script <paramref name="script"/>.</summary>
    public string Script(string name, string script)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    /// <summary>An engine whose interpreter runs <paramref name="script"/> instead of rendering.</summary>
    public PdfEngine Engine(string script) => new(Script("python3", script), "57.2");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
