using System.Threading.Channels;

namespace BriefingBook.Server;

/// <summary>
/// Watches <c>content/</c>, the template folders and site.yml, and reports the changed files
/// (project-relative, with <c>/</c>) in batches, once the editor has been quiet for the debounce delay.
/// Editors' swap and backup files are ignored.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly string _root;
    private readonly string[] _folders;
    private readonly string _config;

    public SiteWatcher(string root, string configFile, IEnumerable<string> folders)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _config = configFile;
        _folders = folders.Select(f => f.TrimEnd('/') + "/").ToArray();
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, e) => Seen(e.FullPath);
        _watcher.Created += (_, e) => Seen(e.FullPath);
        _watcher.Deleted += (_, e) => Seen(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Seen(e.OldFullPath);
            Seen(e.FullPath);
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Waits for the next batch of changes: the first one, then every other until none came for <paramref name="quiet"/>.</summary>
    public async Task<IReadOnlyCollection<string>> NextAsync(TimeSpan quiet, CancellationToken cancel)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancel) };
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            wait.CancelAfter(quiet);
            try
            {
                batch.Add(await _changes.Reader.ReadAsync(wait.Token));
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return batch;
            }
        }
    }

    /// <summary>The project-relative path of a watched file, or null for one the book does not read.</summary>
    public string? Relevant(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        if (relative == _config)
        {
            return relative;
        }
        if (!_folders.Any(f => relative.StartsWith(f, StringComparison.Ordinal)))
        {
            return null;
        }
        var name = relative[(relative.LastIndexOf('/') + 1)..];
        var scratch = name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.Ordinal) || name == "4913";
        return scratch ? null : relative;
    }

    private void Seen(string fullPath)
    {
        if (Relevant(fullPath) is { } path)
        {
            _changes.Writer.TryWrite(path);
        }
    }

    public void Dispose() => _watcher.Dispose();
}
