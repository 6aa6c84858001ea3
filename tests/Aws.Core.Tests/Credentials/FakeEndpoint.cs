using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Aws.Core.Tests.Credentials;

/// <summary>One request the fake endpoint received.</summary>
internal sealed record FakeRequest(string Method, string Path, string Query, Dictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;

    /// <summary>A form field of a query-protocol body (Action=AssumeRole&amp;RoleArn=...).</summary>
    public string? Form(string name) => Body.Split('&').Select(p => p.Split('=', 2))
        .Where(p => Uri.UnescapeDataString(p[0]) == name).Select(p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""))
        .FirstOrDefault();
}

/// <summary>The answer a test scripts for a request.</summary>
internal sealed record FakeResponse(int Status, string Body, string ContentType = "application/json", IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Json(string body, int status = 200) => new(status, body);
    public static FakeResponse Xml(string body, int status = 200) => new(status, body, "text/xml");
    public static FakeResponse Text(string body, int status = 200) => new(status, body, "text/plain");

    /// <summary>A rest-json error as AWS sends it (type in the header and the body).</summary>
    public static FakeResponse Error(string type, int status = 400, string message = "") => new(status,
        $"{{\"__type\":\"{type}\",\"message\":\"{message}\"}}", "application/json",
        new Dictionary<string, string> { ["x-amzn-ErrorType"] = type });
}

/// <summary>A tiny HTTP server on loopback standing in for STS, the SSO portal, SSO OIDC, the container or IMDS endpoint.</summary>
internal sealed class FakeEndpoint : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<FakeRequest, FakeResponse> _handler;
    private readonly Task _loop;

    public List<FakeRequest> Requests { get; } = [];
    public string Url { get; }

    public FakeEndpoint(Func<FakeRequest, FakeResponse> handler)
    {
        _handler = handler;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Url + "/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            using var reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in ctx.Request.Headers.AllKeys) if (key is not null) headers[key.ToLowerInvariant()] = ctx.Request.Headers[key] ?? "";
            var request = new FakeRequest(ctx.Request.HttpMethod, ctx.Request.Url!.AbsolutePath, ctx.Request.Url.Query.TrimStart('?'), headers, body);
            lock (Requests) Requests.Add(request);
            FakeResponse response;
            try { response = _handler(request); }
            catch (Exception e) { response = FakeResponse.Text(e.ToString(), 500); }
            ctx.Response.StatusCode = response.Status;
            ctx.Response.ContentType = response.ContentType;
            foreach (var (k, v) in response.Headers ?? new Dictionary<string, string>()) ctx.Response.Headers[k] = v;
            var bytes = Encoding.UTF8.GetBytes(response.Body);
            ctx.Response.ContentLength64 = bytes.Length;
            await ctx.Response.OutputStream.WriteAsync(bytes);
            ctx.Response.Close();
        }
    }

    public FakeRequest[] Received { get { lock (Requests) return [.. Requests]; } }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
    }
}
