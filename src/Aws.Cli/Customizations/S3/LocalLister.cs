namespace Aws.Cli.Customizations.S3;

/// <summary>
/// Local files in the order S3 lists keys (awscli's FileGenerator.list_files): each directory's names sorted with
/// subdirectories as "name/", depth first. Unreadable, special and vanished files become warnings and are skipped.
/// </summary>
public sealed class LocalLister(bool followSymlinks, Action<string> warn)
{
    public IEnumerable<(string Path, long Size, DateTimeOffset LastModified)> List(string path, bool dirOp)
    {
        if (ShouldIgnore(path)) yield break;
        if (!dirOp)
        {
            if (Stat(path) is { } single) yield return single;
            yield break;
        }
        var dir = path.EndsWith('/') ? path : path + "/";
        string[] children;
        try { children = Directory.GetFileSystemEntries(dir); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { yield break; }
        var names = new List<string>(children.Length);
        foreach (var child in children)
        {
            if (ShouldIgnore(child)) continue;
            var name = child[dir.Length..];
            names.Add(Directory.Exists(child) ? name + "/" : name);
        }
        names.Sort(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var full = dir + name;
            if (name.EndsWith('/'))
            {
                foreach (var item in List(full, dirOp)) yield return item;
            }
            else if (Stat(full) is { } stat) yield return stat;
        }
    }

    private (string, long, DateTimeOffset)? Stat(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return (path, info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn(path, "File does not exist.");
            return null;
        }
    }

    private bool ShouldIgnore(string path)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        var info = new FileInfo(trimmed);
        if (!followSymlinks && info.LinkTarget is not null) return true;
        if (!File.Exists(trimmed) && !Directory.Exists(trimmed))
        {
            Warn(trimmed, "File does not exist.");
            return true;
        }
        if (File.Exists(trimmed) && IsSpecial(trimmed))
        {
            Warn(trimmed, "File is character special device, block special device, FIFO, or socket.");
            return true;
        }
        if (!IsReadable(trimmed))
        {
            Warn(trimmed, "File/Directory is not readable.");
            return true;
        }
        return false;
    }

    // .NET reports FIFOs, sockets and devices as neither plain files nor directories only through attributes.
    private static bool IsSpecial(string path)
    {
        try { return (File.GetAttributes(path) & FileAttributes.Device) != 0; }
        catch (IOException) { return false; }
    }

    private static bool IsReadable(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                using var e = Directory.EnumerateFileSystemEntries(path).GetEnumerator();
                return true;
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    private void Warn(string path, string message) => warn($"warning: Skipping file {path}. {message}");
}
