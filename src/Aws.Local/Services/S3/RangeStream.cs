namespace Aws.Local.Services.S3;

/// <summary>A read-only window [offset, offset+length) of a file (closed with the stream unless shared).</summary>
internal sealed class RangeStream : Stream
{
    private readonly FileStream _file;
    private readonly bool _ownsFile;
    private long _offset;
    private long _remaining;

    // Reads at explicit offsets (RandomAccess), so several windows can share one handle.
    public RangeStream(FileStream file, long offset, long length, bool ownsFile = true)
    {
        _file = file;
        _ownsFile = ownsFile;
        _offset = offset;
        _remaining = length;
        Length = length;
    }

    public override long Length { get; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_remaining <= 0) return 0;
        var n = RandomAccess.Read(_file.SafeFileHandle, buffer.AsSpan(offset, (int)Math.Min(count, _remaining)), _offset);
        _offset += n;
        _remaining -= n;
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_remaining <= 0) return 0;
        var n = await RandomAccess.ReadAsync(_file.SafeFileHandle, buffer[..(int)Math.Min(buffer.Length, _remaining)], _offset, cancellationToken);
        _offset += n;
        _remaining -= n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsFile) _file.Dispose();
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Position { get => Length - _remaining; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
