using System.Globalization;

namespace Aws.Core.Runtime.Transport;

/// <summary>
/// Reads one response body off a <see cref="DirectConnection"/> by its framing: a Content-Length, chunked
/// transfer coding (trailers skipped), or everything until the server closes. A body cut short is a
/// <see cref="ConnectionClosedException"/>, as on the HttpClient path.
/// </summary>
internal sealed class DirectBodyReader(DirectConnection connection, BodyFraming framing)
{
    private long _left = framing.Length ?? 0;   // bytes left in the body (Content-Length) or the current chunk
    private bool _done = framing is { Chunked: false, Length: 0 };
    private bool _chunkStarted;

    public DirectConnection Connection => connection;

    /// <summary>Reads up to destination.Length body bytes; 0 at the end of the body.</summary>
    public int Read(Span<byte> destination)
    {
        if (_done || destination.Length == 0) return 0;
        if (framing.Chunked) return ReadChunked(destination);
        if (framing.Length is null)
        {
            var n = connection.Read(destination, readingBody: true);
            if (n == 0) _done = true;
            return n;
        }
        var read = connection.Read(destination[..(int)Math.Min(destination.Length, _left)], readingBody: true);
        if (read == 0) throw connection.Closed(new IOException($"The response ended with {_left} bytes of its body unread."));
        _left -= read;
        if (_left == 0) _done = true;
        return read;
    }

    private int ReadChunked(Span<byte> destination)
    {
        if (_left == 0)
        {
            // After a chunk's data comes its CRLF, then the next chunk's size line.
            if (_chunkStarted && connection.ReadLine(readingBody: true) is not "") throw Invalid("chunk data not followed by CRLF");
            _chunkStarted = true;
            var sizeLine = connection.ReadLine(readingBody: true) ?? throw connection.Closed(new IOException("The chunked response ended early."));
            var semicolon = sizeLine.IndexOf(';');
            var size = (semicolon < 0 ? sizeLine : sizeLine[..semicolon]).Trim();
            if (!long.TryParse(size, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _left) || _left < 0)
                throw Invalid($"bad chunk size \"{sizeLine}\"");
            if (_left == 0)
            {
                // The last chunk: skip any trailers up to the blank line.
                while (connection.ReadLine(readingBody: true) is { Length: > 0 }) { }
                _done = true;
                return 0;
            }
        }
        var n = connection.Read(destination[..(int)Math.Min(destination.Length, _left)], readingBody: true);
        if (n == 0) throw connection.Closed(new IOException("The chunked response ended inside a chunk."));
        _left -= n;
        return n;
    }

    /// <summary>The rest of the body, in memory.</summary>
    public byte[] ReadToEnd()
    {
        if (framing is { Chunked: false, Length: { } length })
        {
            if (length > Array.MaxLength) throw connection.Closed(new IOException("The response body is too large to buffer."));
            var body = new byte[length];
            var at = 0;
            while (at < body.Length) at += Read(body.AsSpan(at));
            _done = true;
            return body;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while ((n = Read(chunk)) > 0) buffer.Write(chunk, 0, n);
        return buffer.ToArray();
    }

    private TransportException Invalid(string what) => connection.Closed(new InvalidDataException($"Invalid chunked response: {what}."));
}
