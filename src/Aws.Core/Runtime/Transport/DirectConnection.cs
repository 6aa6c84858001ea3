using System.Net;
using System.Net.Sockets;

namespace Aws.Core.Runtime.Transport;

/// <summary>
/// One blocking TCP connection for <see cref="DirectHttp"/>: connect with a timeout, then reads and writes bounded
/// by the read timeout (the socket's own SO_RCVTIMEO/SO_SNDTIMEO, so no timer or thread is involved). Failures
/// become the transport's exceptions; a cancellation shuts the socket down, which wakes a blocked read.
/// </summary>
internal sealed class DirectConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly string _url;
    private readonly CancellationToken _cancellation;
    private readonly CancellationTokenRegistration _registration;
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start, _end;

    private DirectConnection(Socket socket, string url, CancellationToken cancellation)
    {
        _socket = socket;
        _url = url;
        _cancellation = cancellation;
        _registration = cancellation.CanBeCanceled ? cancellation.Register(Abort) : default;
    }

    /// <summary>Resolves <paramref name="host"/> and connects to the first address that answers, as urllib3 does.</summary>
    public static DirectConnection Open(string host, int port, string url, TransportOptions options, CancellationToken cancellation)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal)) addresses = [literal];
        else
        {
            try { addresses = Dns.GetHostAddresses(host); }
            catch (SocketException e) { throw new EndpointConnectionException(url, e); }
            if (addresses.Length == 0) throw new EndpointConnectionException(url);
        }
        Exception? last = null;
        foreach (var address in addresses)
        {
            cancellation.ThrowIfCancellationRequested();
            var connection = new DirectConnection(
                new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true }, url, cancellation);
            try
            {
                connection.Connect(new IPEndPoint(address, port), options);
                return connection;
            }
            catch (SocketException e) when (!cancellation.IsCancellationRequested)
            {
                connection.Dispose();
                if (e.SocketErrorCode is SocketError.TimedOut or SocketError.InProgress or SocketError.WouldBlock)
                    throw new ConnectTimeoutException(url, e);
                last = e;
            }
            catch
            {
                connection.Dispose();
                cancellation.ThrowIfCancellationRequested();
                throw;
            }
        }
        throw new EndpointConnectionException(url, last);
    }

    // A blocking connect, bounded by SO_SNDTIMEO (Linux applies it to connect). The socket must never be switched
    // to non-blocking mode: .NET then emulates blocking calls on its epoll engine thread and the thread pool.
    private void Connect(IPEndPoint endpoint, TransportOptions options)
    {
        _socket.SendTimeout = Milliseconds(options.ConnectTimeout);
        _socket.Connect(endpoint);
        _socket.ReceiveTimeout = _socket.SendTimeout = Milliseconds(options.ReadTimeout);
    }

    // 0 is "no timeout" to the socket.
    private static int Milliseconds(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? 0 : (int)Math.Clamp(timeout.TotalMilliseconds, 1, int.MaxValue);

    public void Write(ReadOnlySpan<byte> data)
    {
        try
        {
            while (data.Length > 0)
            {
                var n = _socket.Send(data);
                data = data[n..];
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            throw Failure(e, readingBody: false);
        }
    }

    /// <summary>Reads what is buffered or else blocks for more; 0 at the end of the stream.</summary>
    public int Read(Span<byte> destination, bool readingBody)
    {
        if (_start == _end && !Fill(readingBody)) return 0;
        var n = Math.Min(destination.Length, _end - _start);
        _buffer.AsSpan(_start, n).CopyTo(destination);
        _start += n;
        return n;
    }

    /// <summary>The next CRLF-terminated line (without the CRLF) as Latin-1, or null at the end of the stream.</summary>
    public string? ReadLine(bool readingBody)
    {
        List<byte>? spill = null;
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var lf = span.IndexOf((byte)'\n');
            if (lf >= 0)
            {
                var line = span[..lf];
                _start += lf + 1;
                string text;
                if (spill is null) text = System.Text.Encoding.Latin1.GetString(line);
                else
                {
                    spill.AddRange(line);
                    text = System.Text.Encoding.Latin1.GetString([.. spill]);
                }
                return text.EndsWith('\r') ? text[..^1] : text;
            }
            (spill ??= []).AddRange(span);
            if (spill.Count > 64 * 1024) throw new ConnectionClosedException(_url, new InvalidDataException("Response line too long."));
            _start = _end;
            if (!Fill(readingBody)) return null;
        }
    }

    private bool Fill(bool readingBody)
    {
        _start = _end = 0;
        try
        {
            var n = _socket.Receive(_buffer);
            _cancellation.ThrowIfCancellationRequested();
            _end = n;
            return n > 0;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            throw Failure(e, readingBody);
        }
    }

    private Exception Failure(Exception e, bool readingBody)
    {
        _cancellation.ThrowIfCancellationRequested();
        if (e is SocketException { SocketErrorCode: SocketError.TimedOut or SocketError.WouldBlock })
            return new ReadTimeoutException(_url, e);
        return new ConnectionClosedException(_url, e);
    }

    /// <summary>The request URL, for error messages.</summary>
    public string Url => _url;

    public TransportException Closed(Exception? inner = null) => new ConnectionClosedException(_url, inner);

    private void Abort()
    {
        try { _socket.Shutdown(SocketShutdown.Both); }
        catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
    }

    public void Dispose()
    {
        _registration.Dispose();
        _socket.Dispose();
    }
}
