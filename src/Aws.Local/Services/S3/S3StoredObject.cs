using System.Text.Json.Nodes;
using Aws.Local.Storage;

namespace Aws.Local.Services.S3;

/// <summary>
/// An object opened for reading: its metadata and its data, held open so a concurrent overwrite or delete cannot
/// pull it away mid-read. A completed multipart upload keeps its parts as segment files (the object file then holds
/// only metadata), so completing a large upload moves a folder instead of copying every byte.
/// </summary>
internal sealed class S3StoredObject : IDisposable
{
    private readonly FileStream _file;
    private readonly List<(FileStream File, long Size)> _segments = [];

    private S3StoredObject(FileStream file, JsonObject meta, string bucketDirectory)
    {
        _file = file;
        Meta = meta;
        try
        {
            if (meta.Str("SegmentsDir") is { } dir && meta["Segments"] is JsonArray segments)
                foreach (var segment in segments)
                {
                    var path = Path.Combine(bucketDirectory, dir, segment!["Part"]!.GetValue<string>());
                    _segments.Add((new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan),
                        segment["Size"]!.GetValue<long>()));
                }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public JsonObject Meta { get; }
    public long Size => Meta["Size"]!.GetValue<long>();
    public string ETag => Meta.Str("ETag")!;

    /// <summary>Opens the object at <paramref name="path"/>, or null when there is none.</summary>
    public static S3StoredObject? Open(string path, string bucketDirectory)
    {
        if (S3ObjectFile.Open(path) is not var (file, meta)) return null;
        try
        {
            return new S3StoredObject(file, meta, bucketDirectory);
        }
        catch (FileNotFoundException)
        {
            return null; // replaced while we looked: as good as gone
        }
    }

    /// <summary>The bytes [offset, offset+length) as a stream; the stream owns nothing (dispose this object after).</summary>
    public Stream Read(long offset, long length)
    {
        if (_segments.Count == 0) return new RangeStream(_file, offset, length, ownsFile: false);
        var pieces = new List<Stream>();
        long start = 0;
        foreach (var (file, size) in _segments)
        {
            var end = start + size;
            if (length > 0 && offset < end && offset + length > start)
            {
                var from = Math.Max(offset, start) - start;
                var to = Math.Min(offset + length, end) - start;
                pieces.Add(new RangeStream(file, from, to - from, ownsFile: false));
            }
            start = end;
        }
        return new ConcatStream(pieces);
    }

    /// <summary>A stream of [offset, offset+length) that closes this object when it is disposed (for responses).</summary>
    public Stream ReadAndRelease(long offset, long length) => new ReleasingStream(Read(offset, length), this);

    public void Dispose()
    {
        _file.Dispose();
        foreach (var (file, _) in _segments) file.Dispose();
    }

    /// <summary>The segment folder (relative to the bucket) an object's metadata points to, if any.</summary>
    public static string? SegmentsDirectory(JsonObject? meta) => meta?.Str("SegmentsDir");

    private sealed class ReleasingStream(Stream inner, IDisposable owner) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            inner.ReadAsync(buffer, offset, count, cancellationToken);
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Dispose();
            }
            base.Dispose(disposing);
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
