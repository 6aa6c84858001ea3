using System.Net.Sockets;

namespace Aws.Core.Runtime.Transport;

/// <summary>
/// The socket stream under every connection. It bounds each read and write by the read timeout, as Python's
/// socket timeout does for the AWS CLI: a slow but steady download never times out, a stalled one does.
/// </summary>
internal sealed class TimeoutStream(NetworkStream inner, TimeSpan timeout) : Stream
{
    public override bool CanRead => true;
    public override bool CanWrite => true;
    public override bool CanSeek => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (timeout == Timeout.InfiniteTimeSpan) return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            return await inner.ReadAsync(buffer, cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransportTimeoutIOException(TransportTimeoutKind.Read);
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            return;
        }
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await inner.WriteAsync(buffer, cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransportTimeoutIOException(TransportTimeoutKind.Read);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // The handler only uses the async paths; the sync ones rely on the socket's own timeouts.
    public override int Read(byte[] buffer, int offset, int count) => Sync(() => inner.Read(buffer, offset, count));
    public override void Write(byte[] buffer, int offset, int count) => Sync(() => { inner.Write(buffer, offset, count); return 0; });

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();

    private static int Sync(Func<int> io)
    {
        try
        {
            return io();
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.TimedOut })
        {
            throw new TransportTimeoutIOException(TransportTimeoutKind.Read);
        }
    }
}

internal enum TransportTimeoutKind { Connect, Read }

/// <summary>Marks a timeout raised by this transport, so it can be told apart once the HTTP stack has wrapped it.</summary>
internal sealed class TransportTimeoutIOException(TransportTimeoutKind kind)
    : IOException(kind == TransportTimeoutKind.Read ? "The read timeout elapsed." : "The connect timeout elapsed.")
{
    public TransportTimeoutKind Kind { get; } = kind;
}
