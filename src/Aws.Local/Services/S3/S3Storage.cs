using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Local.Services.S3;

/// <summary>
/// S3 state on disk under DATA_DIR/s3: per bucket <c>bucket.json</c> (owner, region, policy, website, tags),
/// <c>objects/XX/SHA256(key)</c> object files (<see cref="S3ObjectFile"/>), <c>uploads/ID/</c> multipart uploads
/// and <c>.tmp/</c> for files being written (same file system, so the final rename is atomic). Every write goes
/// to a temporary file, is fsynced, then renamed: what was acknowledged survives a crash.
/// </summary>
public sealed class S3Storage
{
    private readonly ConcurrentDictionary<string, S3BucketIndex> _indexes = new(StringComparer.Ordinal);
    private readonly Lock _bucketGate = new();
    private readonly ConcurrentDictionary<string, ((DateTime, long) Stamp, JsonObject Meta)> _buckets = new(StringComparer.Ordinal);

    public S3Storage(string root)
    {
        Root = root;
        Directory.CreateDirectory(root);
    }

    public string Root { get; }

    internal string BucketDirectory(string bucket) => Path.Combine(Root, bucket);

    public IReadOnlyList<string> BucketNames() =>
        Directory.Exists(Root)
            ? [.. Directory.EnumerateDirectories(Root).Select(Path.GetFileName).OfType<string>()
                .Where(name => S3Names.IsPlausibleBucket(name) && File.Exists(Path.Combine(Root, name, "bucket.json"))).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>
    /// The bucket's metadata (a copy the caller may change and save), or null when there is no such bucket. Parsed
    /// documents are cached by the file's time and size, so the per-request cost is one stat.
    /// </summary>
    public JsonObject? Bucket(string bucket)
    {
        if (!S3Names.IsPlausibleBucket(bucket)) return null;
        var path = Path.Combine(BucketDirectory(bucket), "bucket.json");
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            _buckets.TryRemove(bucket, out _);
            return null;
        }
        var stamp = (info.LastWriteTimeUtc, info.Length);
        if (_buckets.TryGetValue(bucket, out var cached) && cached.Stamp == stamp && DateTime.UtcNow - stamp.LastWriteTimeUtc > TimeSpan.FromSeconds(1))
            return (JsonObject)cached.Meta.DeepClone();
        try
        {
            if (JsonNode.Parse(File.ReadAllBytes(path)) is not JsonObject meta) return null;
            _buckets[bucket] = (stamp, meta);
            return (JsonObject)meta.DeepClone();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Creates the bucket unless it exists; returns the existing bucket's metadata when it does.</summary>
    public JsonObject? TryCreateBucket(string bucket, JsonObject meta)
    {
        lock (_bucketGate)
        {
            if (Bucket(bucket) is { } existing) return existing;
            var dir = BucketDirectory(bucket);
            Directory.CreateDirectory(Path.Combine(dir, "objects"));
            Directory.CreateDirectory(Path.Combine(dir, ".tmp"));
            SaveBucket(bucket, meta);
            return null;
        }
    }

    public void SaveBucket(string bucket, JsonObject meta) =>
        WriteAtomically(bucket, Path.Combine(BucketDirectory(bucket), "bucket.json"), Encoding.UTF8.GetBytes(meta.ToJsonString()));

    /// <summary>Removes the bucket folder: renamed away first so the bucket disappears at once, then deleted.</summary>
    public void DeleteBucket(string bucket)
    {
        lock (_bucketGate)
        {
            var dir = BucketDirectory(bucket);
            var trash = Path.Combine(Root, ".deleted-" + Guid.NewGuid().ToString("N"));
            Directory.Move(dir, trash);
            _indexes.TryRemove(bucket, out _);
            _buckets.TryRemove(bucket, out _);
            try { Directory.Delete(trash, recursive: true); } catch (IOException) { }
        }
    }

    internal S3BucketIndex Index(string bucket) =>
        _indexes.GetOrAdd(bucket, b => new S3BucketIndex(Path.Combine(BucketDirectory(b), "objects")));

    /// <summary>The object file of a key: objects/XX/SHA256(key).</summary>
    internal string ObjectPath(string bucket, string key)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return Path.Combine(BucketDirectory(bucket), "objects", hash[..2], hash);
    }

    /// <summary>A new temporary file in the bucket, open for writing.</summary>
    internal FileStream CreateTemp(string bucket, out string path)
    {
        var dir = Path.Combine(BucketDirectory(bucket), ".tmp");
        Directory.CreateDirectory(dir);
        path = Path.Combine(dir, Guid.NewGuid().ToString("N"));
        return new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
    }

    /// <summary>
    /// Writes an object or part file: <paramref name="write"/> fills a temporary file and says its metadata, which is
    /// appended before the file is fsynced and moved to <paramref name="target"/> (an object replaces the key's old
    /// object and its segments). On failure the temporary file is removed and nothing changes.
    /// </summary>
    internal async Task<T> WriteFileAsync<T>(string bucket, string target, bool isObject, Func<FileStream, Task<(T Result, JsonObject Meta)>> write)
    {
        var file = CreateTemp(bucket, out var temp);
        try
        {
            var (result, meta) = await write(file);
            S3ObjectFile.Finish(file, meta);
            await file.DisposeAsync();
            if (isObject) CommitObject(bucket, temp, target);
            else Commit(temp, target);
            return result;
        }
        catch
        {
            await file.DisposeAsync();
            DeleteQuietly(temp);
            throw;
        }
    }

    /// <summary>Moves a finished (fsynced) temporary file to its final name, replacing what was there.</summary>
    internal static void Commit(string tempPath, string finalPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
        File.Move(tempPath, finalPath, overwrite: true);
    }

    /// <summary>
    /// Puts a finished object file in place of the key's, then removes the segments of the object it replaced
    /// (a completed multipart upload's parts). A crash in between leaves unreferenced segments, never a broken object.
    /// </summary>
    internal void CommitObject(string bucket, string tempPath, string finalPath)
    {
        var replaced = S3StoredObject.SegmentsDirectory(S3ObjectFile.ReadMeta(finalPath));
        Commit(tempPath, finalPath);
        if (replaced is not null) DeleteSegments(bucket, replaced);
    }

    /// <summary>Deletes an object (and its segments); nothing happens when there is none.</summary>
    internal void DeleteObject(string bucket, string key)
    {
        var path = ObjectPath(bucket, key);
        var segments = S3StoredObject.SegmentsDirectory(S3ObjectFile.ReadMeta(path));
        DeleteQuietly(path);
        if (segments is not null) DeleteSegments(bucket, segments);
    }

    internal void DeleteSegments(string bucket, string relative)
    {
        if (relative.Contains("..", StringComparison.Ordinal)) return;
        try { Directory.Delete(Path.Combine(BucketDirectory(bucket), relative), recursive: true); }
        catch (DirectoryNotFoundException) { }
        catch (IOException) { }
    }

    /// <summary>Moves a completed upload's folder to segments/ID (one rename); returns the path relative to the bucket.</summary>
    internal string AdoptUploadAsSegments(string bucket, string uploadId)
    {
        var relative = Path.Combine("segments", uploadId);
        Directory.CreateDirectory(Path.Combine(BucketDirectory(bucket), "segments"));
        Directory.Move(UploadDirectory(bucket, uploadId), Path.Combine(BucketDirectory(bucket), relative));
        return relative;
    }

    internal static void DeleteQuietly(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    internal void WriteAtomically(string bucket, string finalPath, byte[] bytes)
    {
        using (var file = CreateTemp(bucket, out var temp))
        {
            file.Write(bytes);
            file.Flush(flushToDisk: true);
            file.Dispose();
            Commit(temp, finalPath);
        }
    }

    // Multipart uploads: uploads/ID/upload.json and part files 00001..10000.
    internal string UploadDirectory(string bucket, string uploadId) => Path.Combine(BucketDirectory(bucket), "uploads", uploadId);

    internal static string PartPath(string uploadDirectory, int partNumber) =>
        Path.Combine(uploadDirectory, partNumber.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));

    internal JsonObject? Upload(string bucket, string uploadId)
    {
        if (!S3Names.IsPlausibleUploadId(uploadId)) return null;
        try
        {
            return JsonNode.Parse(File.ReadAllBytes(Path.Combine(UploadDirectory(bucket, uploadId), "upload.json"))) as JsonObject;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    internal IEnumerable<(string Id, JsonObject Meta)> Uploads(string bucket)
    {
        var dir = Path.Combine(BucketDirectory(bucket), "uploads");
        if (!Directory.Exists(dir)) yield break;
        foreach (var upload in Directory.EnumerateDirectories(dir))
        {
            var id = Path.GetFileName(upload);
            if (Upload(bucket, id) is { } meta) yield return (id, meta);
        }
    }

    internal void DeleteUpload(string bucket, string uploadId)
    {
        var dir = UploadDirectory(bucket, uploadId);
        var trash = Path.Combine(BucketDirectory(bucket), ".tmp", "upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.Move(dir, trash);
            Directory.Delete(trash, recursive: true);
        }
        catch (DirectoryNotFoundException) { }
        catch (IOException) { }
    }
}
