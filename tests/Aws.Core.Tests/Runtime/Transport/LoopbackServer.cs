using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Aws.Core.Tests.Runtime.Transport;

/// <summary>A raw HTTP/1.1 request as it arrived on the wire.</summary>
internal sealed record ReceivedRequest(string Method, string Target, List<KeyValuePair<string, string>> Headers, byte[] Body)
{
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}

/// <summary>
/// A TCP server on 127.0.0.1 whose per-connection behaviour each test scripts (answer, stay silent, hang up,
/// act as a proxy). Optionally speaks TLS with the given certificate.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<Stream, CancellationToken, Task> _handler;
    private readonly X509Certificate2? _certificate;
    private readonly Task _acceptLoop;

    public List<ReceivedRequest> Requests { get; } = [];
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public string Url => $"{(_certificate is null ? "http" : "https")}://127.0.0.1:{Port}";

    public LoopbackServer(Func<Stream, CancellationToken, Task> handler, X509Certificate2? certificate = null)
    {
        _handler = handler;
        _certificate = certificate;
        _listener.Start();
        _acceptLoop = AcceptLoop();
    }

    /// <summary>A server that records each request and answers with <paramref name="status"/> and <paramref name="body"/>.</summary>
    public static LoopbackServer Answering(int status = 200, string body = "", X509Certificate2? certificate = null,
        IEnumerable<(string, string)>? headers = null)
    {
        LoopbackServer? server = null;
        server = new LoopbackServer(async (stream, ct) =>
        {
            while (await ReadRequestAsync(stream, ct) is { } request)
            {
                lock (server!.Requests) server.Requests.Add(request);
                await WriteResponseAsync(stream, status, Encoding.UTF8.GetBytes(body), headers, ct);
            }
        }, certificate);
        return server;
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch { return; }
            _ = Task.Run(async () =>
            {
                using (client)
                {
                    try
                    {
                        Stream stream = client.GetStream();
                        if (_certificate is not null)
                        {
                            var ssl = new SslStream(stream);
                            await ssl.AuthenticateAsServerAsync(_certificate);
                            stream = ssl;
                        }
                        await _handler(stream, _stop.Token);
                    }
                    catch
                    {
                        // The client hung up or TLS failed: both are things the tests provoke.
                    }
                }
            });
        }
    }

    public static async Task<ReceivedRequest?> ReadRequestAsync(Stream stream, CancellationToken ct)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!(head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            if (await stream.ReadAsync(one, ct) == 0) return null;
            head.Add(one[0]);
        }
        var lines = Encoding.UTF8.GetString([.. head]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var parts = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(l => l.Split(':', 2))
            .Select(p => new KeyValuePair<string, string>(p[0], p[1].TrimStart())).ToList();
        var request = new ReceivedRequest(parts[0], parts[1], headers, []);
        var body = new MemoryStream();
        if (request.Header("Content-Length") is { } length)
        {
            var buffer = new byte[int.Parse(length)];
            await stream.ReadExactlyAsync(buffer, ct);
            body.Write(buffer);
        }
        else if (request.Header("Transfer-Encoding") == "chunked")
        {
            while (true)
            {
                var sizeLine = await ReadLineAsync(stream, ct);
                var size = Convert.ToInt32(sizeLine, 16);
                var chunk = new byte[size + 2];
                await stream.ReadExactlyAsync(chunk, ct);
                if (size == 0) break;
                body.Write(chunk, 0, size);
            }
        }
        return request with { Body = body.ToArray() };
    }

    private static async Task<string> ReadLineAsync(Stream stream, CancellationToken ct)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (await stream.ReadAsync(one, ct) == 1 && one[0] != '\n') if (one[0] != '\r') line.Append((char)one[0]);
        return line.ToString();
    }

    public static async Task WriteResponseAsync(Stream stream, int status, byte[] body,
        IEnumerable<(string Name, string Value)>? headers, CancellationToken ct)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} Status\r\nContent-Length: {body.Length}\r\n");
        foreach (var (name, value) in headers ?? []) head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), ct);
        await stream.WriteAsync(body, ct);
        await stream.FlushAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _acceptLoop;
        _stop.Dispose();
    }
}
