using System.Globalization;
using System.Text;

namespace Aws.Local.Services.S3;

/// <summary>
/// Reads the payload out of an aws-chunked body (<c>STREAMING-AWS4-HMAC-SHA256-PAYLOAD</c>,
/// <c>STREAMING-UNSIGNED-PAYLOAD-TRAILER</c>): "hex-size[;chunk-signature=...]\r\n data \r\n" until a zero-size
/// chunk, then optional trailer headers (kept in <see cref="Trailers"/>). Chunk signatures are not re-verified:
/// the seed signature over the headers already was.
/// </summary>
internal sealed class AwsChunkedStream(Stream inner) : Stream
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start, _end;
    private long _chunkRemaining;
    private bool _done, _needCrlf;

    public Dictionary<string, string> Trailers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        if (_done || destination.Length == 0) return 0;
        if (_chunkRemaining == 0)
        {
            if (_needCrlf) await ReadLineAsync(cancellationToken);
            var header = await ReadLineAsync(cancellationToken);
            var semicolon = header.IndexOf(';');
            var sizeText = (semicolon < 0 ? header : header[..semicolon]).Trim();
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
                throw new S3Exception("IncompleteBody", "The request body is not a valid aws-chunked encoding.");
            if (size == 0)
            {
                while (await ReadLineAsync(cancellationToken) is { Length: > 0 } trailer)
                {
                    var colon = trailer.IndexOf(':');
                    if (colon > 0) Trailers[trailer[..colon].Trim()] = trailer[(colon + 1)..].Trim();
                }
                _done = true;
                return 0;
            }
            _chunkRemaining = size;
            _needCrlf = true;
        }
        if (_start == _end && !await FillAsync(cancellationToken))
            throw new S3Exception("IncompleteBody", "You did not provide the number of bytes specified by the Content-Length HTTP header");
        var n = (int)Math.Min(Math.Min(destination.Length, _end - _start), _chunkRemaining);
        _buffer.AsMemory(_start, n).CopyTo(destination);
        _start += n;
        _chunkRemaining -= n;
        return n;
    }

    private async Task<bool> FillAsync(CancellationToken cancellation)
    {
        if (_start > 0 && _start == _end) _start = _end = 0;
        if (_end == _buffer.Length)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        var n = await inner.ReadAsync(_buffer.AsMemory(_end), cancellation);
        _end += n;
        return n > 0;
    }

    // A CRLF-terminated line (without it); at the end of the body, what is left.
    private async Task<string> ReadLineAsync(CancellationToken cancellation)
    {
        var sb = new StringBuilder();
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellation)) return sb.ToString();
            var span = _buffer.AsSpan(_start, _end - _start);
            var lf = span.IndexOf((byte)'\n');
            if (lf < 0)
            {
                sb.Append(Encoding.ASCII.GetString(span));
                _start = _end;
                continue;
            }
            sb.Append(Encoding.ASCII.GetString(span[..lf]));
            _start += lf + 1;
            if (sb.Length > 0 && sb[^1] == '\r') sb.Length--;
            return sb.ToString();
        }
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
