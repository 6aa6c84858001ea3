using System.Diagnostics;
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

    private DirectConnection(Socket socket, string url, TimeSpan readTimeout, CancellationToken cancellation)
    {
        _socket = socket;
        _url = url;
        _cancellation = cancellation;
        if (readTimeout != Timeout.InfiniteTimeSpan)
            socket.ReceiveTimeout = socket.SendTimeout = (int)Math.Clamp(readTimeout.TotalMilliseconds, 1, int.MaxValue);
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
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                Connect(socket, new IPEndPoint(address, port), options.ConnectTimeout, url, cancellation);
                return new DirectConnection(socket, url, options.ReadTimeout, cancellation);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new EndpointConnectionException(url, last);
    }

    // A non-blocking connect waited for in short polls, so both the timeout and a cancellation are noticed.
    private static void Connect(Socket socket, IPEndPoint endpoint, TimeSpan timeout, string url, CancellationToken cancellation)
    {
        socket.Blocking = false;
        try
        {
            socket.Connect(endpoint);
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.InProgress)
        {
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var left = timeout == Timeout.InfiniteTimeSpan ? TimeSpan.FromMilliseconds(200) : timeout - clock.Elapsed;
                if (left <= TimeSpan.Zero) throw new ConnectTimeoutException(url);
                var slice = (int)Math.Min(left.TotalMicroseconds, 200_000);
                var writable = socket.Poll(Math.Max(slice, 1), SelectMode.SelectWrite);
                var error = (int)socket.GetSocketOption(SocketOptionLevel.Socket, SocketOptionName.Error)!;
                if (error != 0) throw new SocketException(error);
                if (writable) break;
                cancellation.ThrowIfCancellationRequested();
                // poll() also returns on POLLHUP: a connect that ended without error or success failed.
                if (socket.Poll(0, SelectMode.SelectError) || HungUp(socket)) throw new SocketException((int)SocketError.ConnectionRefused);
            }
        }
        socket.Blocking = true;
    }

    private static bool HungUp(Socket socket)
    {
        try { return socket.Poll(0, SelectMode.SelectRead) && !socket.Connected; }
        catch (SocketException) { return true; }
    }

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
