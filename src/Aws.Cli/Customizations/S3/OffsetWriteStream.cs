using Microsoft.Win32.SafeHandles;

namespace Aws.Cli.Customizations.S3;

/// <summary>A write-only view of a file from an offset on, so ranged downloads write their parts in place concurrently.</summary>
public sealed class OffsetWriteStream(SafeFileHandle handle, long offset) : Stream
{
    private long _position;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset1, int count)
    {
        RandomAccess.Write(handle, buffer.AsSpan(offset1, count), offset + _position);
        _position += count;
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await RandomAccess.WriteAsync(handle, buffer, offset + _position, cancellationToken);
        _position += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset1, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset1, count), cancellationToken).AsTask();

    public override void Flush() { }
    public override int Read(byte[] buffer, int offset1, int count) => throw new NotSupportedException();
    public override long Seek(long offset1, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
