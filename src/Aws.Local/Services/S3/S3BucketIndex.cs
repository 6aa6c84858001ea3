using Aws.Local.Storage;

namespace Aws.Local.Services.S3;

/// <summary>
/// The sorted key list of a bucket, for listings. Objects live in 256 shard folders; each shard's entries are
/// cached with the folder's modification time and re-read when it moves (another request or another process
/// wrote there). A folder changed within the last moments is re-read next time too: directory times are coarse.
/// </summary>
internal sealed class S3BucketIndex(string objectsDirectory)
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Shard> _shards = new(StringComparer.Ordinal);
    private List<S3ObjectEntry>? _sorted;

    private sealed record Shard(DateTime Stamp, bool Settled, Dictionary<string, S3ObjectEntry> Entries);

    /// <summary>All objects, sorted by key (ordinal, as S3 sorts UTF-8 bytes for the keys that matter here).</summary>
    public IReadOnlyList<S3ObjectEntry> Snapshot()
    {
        lock (_gate)
        {
            var changed = false;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (Directory.Exists(objectsDirectory))
            {
                foreach (var dir in Directory.EnumerateDirectories(objectsDirectory))
                {
                    var name = Path.GetFileName(dir);
                    seen.Add(name);
                    var stamp = Directory.GetLastWriteTimeUtc(dir);
                    if (_shards.TryGetValue(name, out var cached) && cached.Settled && cached.Stamp == stamp) continue;
                    _shards[name] = new Shard(stamp, DateTime.UtcNow - stamp > Settle, Scan(dir));
                    changed = true;
                }
            }
            foreach (var gone in _shards.Keys.Where(k => !seen.Contains(k)).ToList())
            {
                _shards.Remove(gone);
                changed = true;
            }
            if (changed || _sorted is null)
            {
                var all = _shards.Values.SelectMany(s => s.Entries.Values).ToList();
                all.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
                _sorted = all;
            }
            return _sorted;
        }
    }

    private static Dictionary<string, S3ObjectEntry> Scan(string dir)
    {
        var entries = new Dictionary<string, S3ObjectEntry>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir))
            if (S3ObjectFile.ReadMeta(file) is { } meta && meta.Str("Key") is { } key)
                entries[key] = S3ObjectEntry.FromMeta(meta);
        return entries;
    }
}
