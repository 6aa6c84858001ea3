using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Aws.Testing.Http;

/// <summary>One request the fake endpoint received.</summary>
public sealed record FakeRequest(string Method, string Path, string Query, Dictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;

    /// <summary>A form field of a query-protocol body (Action=AssumeRole&amp;RoleArn=...).</summary>
    public string? Form(string name) => Body.Split('&').Select(p => p.Split('=', 2))
        .Where(p => Uri.UnescapeDataString(p[0]) == name).Select(p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""))
        .FirstOrDefault();
}

/// <summary>The answer a test scripts for a request.</summary>
public sealed record FakeResponse(int Status, string Body, string ContentType = "application/json", IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Json(string body, int status = 200) => new(status, body);
    public static FakeResponse Xml(string body, int status = 200) => new(status, body, "text/xml");
    public static FakeResponse Text(string body, int status = 200) => new(status, body, "text/plain");

    /// <summary>A rest-json error as AWS sends it (type in the header and the body).</summary>
    public static FakeResponse Error(string type, int status = 400, string message = "") => new(status,
        $"{{\"__type\":\"{type}\",\"message\":\"{message}\"}}", "application/json",
        new Dictionary<string, string> { ["x-amzn-ErrorType"] = type });
}

/// <summary>
/// A tiny HTTP/1.1 server on a loopback port standing in for STS, the SSO portal, SSO OIDC, the container or IMDS
/// endpoint: one request per connection (Connection: close), answered by the test's handler.
/// </summary>
public sealed class FakeEndpoint : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<FakeRequest, FakeResponse> _handler;
    private readonly Task _loop;

    public List<FakeRequest> Requests { get; } = [];
    public string Url { get; }

    public FakeEndpoint(Func<FakeRequest, FakeResponse> handler)
    {
        _handler = handler;
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _loop = Task.Run(LoopAsync);
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream);
                if (head is null) return;
                var lines = head.Split("\r\n");
                var parts = lines[0].Split(' ');
                var headers = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var line in lines.Skip(1))
                {
                    var colon = line.IndexOf(':');
                    if (colon > 0) headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
                }
                var length = headers.TryGetValue("content-length", out var l) ? int.Parse(l, System.Globalization.CultureInfo.InvariantCulture) : 0;
                var body = new byte[length];
                await stream.ReadExactlyAsync(body);
                var target = parts[1];
                var q = target.IndexOf('?');
                var request = new FakeRequest(parts[0], q < 0 ? target : target[..q], q < 0 ? "" : target[(q + 1)..], headers,
                    Encoding.UTF8.GetString(body));
                lock (Requests) Requests.Add(request);
                FakeResponse response;
                try { response = _handler(request); }
                catch (Exception e) { response = FakeResponse.Text(e.ToString(), 500); }
                var payload = Encoding.UTF8.GetBytes(response.Body);
                var sb = new StringBuilder($"HTTP/1.1 {response.Status} X\r\nContent-Type: {response.ContentType}\r\nContent-Length: {payload.Length}\r\nConnection: close\r\n");
                foreach (var (k, v) in response.Headers ?? new Dictionary<string, string>()) sb.Append(k).Append(": ").Append(v).Append("\r\n");
                sb.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(sb.ToString()));
                await stream.WriteAsync(payload);
                await stream.FlushAsync();
            }
            catch (Exception e) when (e is IOException or SocketException) { }
        }
    }

    private static async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0) return null;
            buffer.Add(one[0]);
            var n = buffer.Count;
            if (n >= 4 && buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n')
                return Encoding.ASCII.GetString([.. buffer], 0, n - 4);
        }
    }

    public FakeRequest[] Received { get { lock (Requests) return [.. Requests]; } }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try { _loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
        _listener.Dispose();
        _stop.Dispose();
    }
}
