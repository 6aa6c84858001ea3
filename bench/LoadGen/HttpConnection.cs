using System.Net.Sockets;
using System.Text;

namespace LoadGen;

/// <summary>
/// One keep-alive HTTP/1.1 connection on a raw socket with one request in flight (no pipelining). Reads just
/// enough of the response to find its end: status line, Content-Length or chunked body, Connection: close.
/// </summary>
public sealed class HttpConnection(string host, int port) : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();
    private Socket? _socket;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start, _end;

    public readonly record struct Response(int Status, string? ErrorSample);

    public async ValueTask<Response> SendAsync(byte[] request, CancellationToken cancel)
    {
        if (_socket is null)
        {
            _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await _socket.ConnectAsync(host, port, cancel);
            _start = _end = 0;
        }
        await _socket.SendAsync(request, SocketFlags.None, cancel);
        var headerLength = await FindAsync(HeaderEnd, cancel);
        var head = Encoding.ASCII.GetString(_buffer, _start, headerLength);
        _start += headerLength + 4;
        var status = ParseStatus(head);
        long contentLength = -1;
        bool chunked = false, close = head.StartsWith("HTTP/1.0", StringComparison.Ordinal);
        foreach (var line in head.Split("\r\n").Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) contentLength = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) chunked = value.Contains("chunked", StringComparison.OrdinalIgnoreCase);
            else if (name.Equals("Connection", StringComparison.OrdinalIgnoreCase)) close = value.Equals("close", StringComparison.OrdinalIgnoreCase);
        }
        string? sample = null;
        if (chunked) await SkipChunkedAsync(cancel);
        else if (contentLength >= 0)
        {
            await FillAsync((int)contentLength, cancel);
            if (status != 200) sample = Encoding.UTF8.GetString(_buffer, _start, (int)Math.Min(contentLength, 400));
            _start += (int)contentLength;
        }
        else { await ReadToEndAsync(cancel); close = true; }
        if (status != 200) sample = head.Split("\r\n")[0] + " " + sample;
        if (_start != _end && !close) throw new InvalidDataException("response had extra bytes after its end (pipelining is off)");
        if (close) Reset();
        else if (_start == _end) _start = _end = 0;
        return new(status, sample);
    }

    private static int ParseStatus(string head)
    {
        var first = head.IndexOf(' ');
        return first > 0 && head.Length >= first + 4 && int.TryParse(head.AsSpan(first + 1, 3), out var code)
            ? code : throw new InvalidDataException("bad status line: " + head.Split("\r\n")[0]);
    }

    private async ValueTask SkipChunkedAsync(CancellationToken cancel)
    {
        while (true)
        {
            var lineLength = await FindAsync(LineEnd, cancel);
            var sizeText = Encoding.ASCII.GetString(_buffer, _start, lineLength).Split(';')[0].Trim();
            var size = Convert.ToInt32(sizeText, 16);
            _start += lineLength + 2;
            if (size == 0)
            {
                // Trailers (if any) end with an empty line.
                while (true)
                {
                    var length = await FindAsync(LineEnd, cancel);
                    _start += length + 2;
                    if (length == 0) return;
                }
            }
            await FillAsync(size + 2, cancel);
            _start += size + 2;
        }
    }

    // Offset of the pattern from the unread start, reading more as needed (offsets survive the buffer sliding).
    private async ValueTask<int> FindAsync(byte[] pattern, CancellationToken cancel)
    {
        while (true)
        {
            var at = _buffer.AsSpan(_start, _end - _start).IndexOf(pattern);
            if (at >= 0) return at;
            await ReadMoreAsync(cancel);
        }
    }

    // At least `count` unread bytes.
    private async ValueTask FillAsync(int count, CancellationToken cancel)
    {
        while (_end - _start < count) await ReadMoreAsync(cancel);
    }

    private async ValueTask ReadToEndAsync(CancellationToken cancel)
    {
        try
        {
            while (true) await ReadMoreAsync(cancel);
        }
        catch (EndOfStreamException)
        {
            _start = _end;
        }
    }

    private async ValueTask ReadMoreAsync(CancellationToken cancel)
    {
        if (_end == _buffer.Length)
        {
            // Slide the unread part down, or grow for a large response.
            if (_start > 0) { Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start); _end -= _start; _start = 0; }
            else Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var n = await _socket!.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancel);
        if (n == 0) throw new EndOfStreamException("server closed the connection");
        _end += n;
    }

    public void Reset()
    {
        _socket?.Dispose();
        _socket = null;
        _start = _end = 0;
    }

    public void Dispose() => Reset();
}
