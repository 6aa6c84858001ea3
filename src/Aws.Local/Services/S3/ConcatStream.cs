namespace Aws.Local.Services.S3;

/// <summary>Several read-only streams read one after another.</summary>
internal sealed class ConcatStream(IReadOnlyList<Stream> parts) : Stream
{
    private int _index;
    private long _position;

    public override long Length { get; } = parts.Sum(p => p.Length);

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_index < parts.Count)
        {
            var n = parts[_index].Read(buffer, offset, count);
            if (n > 0) { _position += n; return n; }
            _index++;
        }
        return 0;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_index < parts.Count)
        {
            var n = await parts[_index].ReadAsync(buffer, cancellationToken);
            if (n > 0) { _position += n; return n; }
            _index++;
        }
        return 0;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing) foreach (var p in parts) p.Dispose();
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Position { get => _position; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
