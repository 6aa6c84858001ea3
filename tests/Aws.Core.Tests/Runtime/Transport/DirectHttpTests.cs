using System.Text;
using Aws.Core.Http;
using Aws.Core.Runtime.Transport;
using Aws.Testing.Http;
using static Aws.Core.Tests.Runtime.Transport.TransportTestKit;

namespace Aws.Core.Tests.Runtime.Transport;

/// <summary>The synchronous plain-http path (<see cref="DirectHttp"/>) against real loopback servers.</summary>
public class DirectHttpTests
{
    private static HttpTransport Transport(bool direct = true, TimeSpan? readTimeout = null, TimeSpan? connectTimeout = null) => new(new TransportOptions
    {
        Proxies = ProxySettings.None,
        DirectPlainHttp = direct,
        ReadTimeout = readTimeout ?? TransportOptions.DefaultTimeout,
        ConnectTimeout = connectTimeout ?? TransportOptions.DefaultTimeout,
    });

    /// <summary>A server that reads one request, answers with <paramref name="raw"/> bytes as they are, and hangs up.</summary>
    private static LoopbackServer Raw(byte[] raw) => new(async (stream, ct) =>
    {
        await LoopbackServer.ReadRequestAsync(stream, ct);
        await stream.WriteAsync(raw, ct);
        await stream.FlushAsync(ct);
    });

    private static LoopbackServer Raw(string raw) => Raw(Encoding.ASCII.GetBytes(raw));

    public static TheoryData<string, string, string?, string[]> WireCases => new()
    {
        { "post with a body", "POST", "Action=GetCallerIdentity&Version=2011-06-15", ["Content-Type: application/x-www-form-urlencoded; charset=utf-8", "X-Amz-Date: 20261128T093000Z"] },
        { "post without a body", "POST", null, ["X-Amz-Date: 20261128T093000Z"] },
        { "put with a stream", "PUT", "stream:payload", ["Content-Type: text/plain"] },
        { "get", "GET", null, ["X-Custom: a  b"] },
        { "delete", "DELETE", null, [] },
        { "head", "HEAD", null, [] },
        { "get with only a content header", "GET", null, ["Content-Type: application/json"] },
        { "a given content length", "PUT", "hello", ["Content-Length: 5", "User-Agent: aws-cli/2"] },
        { "a given accept-encoding", "GET", null, ["Accept-Encoding: gzip"] },
        { "a signed host header", "GET", null, ["Host: example.com"] },
    };

    [Theory]
    [MemberData(nameof(WireCases))]
    public async Task Puts_on_the_wire_what_the_HttpClient_path_sends(string name, string method, string? body, string[] headers)
    {
        _ = name;
        await using var server = LoopbackServer.Answering();
        async Task<ReceivedRequest> Via(bool direct)
        {
            using var transport = Transport(direct);
            var request = Request(server.Url, method, "/a%20b/c", "x=1&y");
            foreach (var header in headers)
            {
                var (n, v) = (header[..header.IndexOf(':')], header[(header.IndexOf(':') + 2)..]);
                request.Headers.Add(n, v);
            }
            if (body is { } b && b.StartsWith("stream:", StringComparison.Ordinal))
                request.BodyStream = new MemoryStream(Encoding.ASCII.GetBytes(b)) { Position = 7 };
            else if (body is not null) request.Body = Encoding.UTF8.GetBytes(body);
            var count = server.Requests.Count;
            await transport.SendAsync(request, false, Ct);
            lock (server.Requests) return server.Requests[count];
        }
        static string[] Lines(ReceivedRequest r) =>
            [$"{r.Method} {r.Target}", .. r.Headers.Select(h => $"{h.Key.ToLowerInvariant()}: {h.Value}").Order(StringComparer.Ordinal)];

        var viaClient = await Via(direct: false);
        var viaDirect = await Via(direct: true);

        Assert.Equal(Lines(viaClient), Lines(viaDirect));
        Assert.Equal(viaClient.Body, viaDirect.Body);
    }

    [Fact]
    public async Task Returns_status_headers_in_wire_order_and_the_buffered_body()
    {
        using var endpoint = new FakeEndpoint(_ => FakeResponse.Error("ThrottlingException", 400, "slow down"));
        using var transport = Transport();

        var response = await transport.SendAsync(Request(endpoint.Url), false, Ct);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["Content-Type", "Content-Length", "Connection", "x-amzn-ErrorType"], response.Headers.Select(h => h.Key));
        Assert.Equal("ThrottlingException", response.Headers["X-Amzn-ErrorType"]);
        Assert.Equal("""{"__type":"ThrottlingException","message":"slow down"}""", Encoding.UTF8.GetString(response.Body));
        Assert.Null(response.BodyStream);
    }

    [Fact]
    public async Task Reads_a_chunked_body_with_extensions_and_trailers()
    {
        await using var server = Raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n");
        using var transport = Transport();

        var response = await transport.SendAsync(Request(server.Url), false, Ct);

        Assert.Equal("hello 0123456789", Encoding.ASCII.GetString(response.Body));
        Assert.Equal("chunked", response.Headers["Transfer-Encoding"]);
    }

    [Fact]
    public async Task Streams_a_large_chunked_body()
    {
        var payload = RandomBytes(3_000_000);
        await using var server = new LoopbackServer(async (stream, ct) =>
        {
            await LoopbackServer.ReadRequestAsync(stream, ct);
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"u8.ToArray(), ct);
            for (var at = 0; at < payload.Length; at += 70_001)
            {
                var chunk = payload.AsMemory(at, Math.Min(70_001, payload.Length - at));
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{chunk.Length:x}\r\n"), ct);
                await stream.WriteAsync(chunk, ct);
                await stream.WriteAsync("\r\n"u8.ToArray(), ct);
            }
            await stream.WriteAsync("0\r\n\r\n"u8.ToArray(), ct);
        });
        using var transport = Transport();

        var response = await transport.SendAsync(Request(server.Url, "GET"), true, Ct);
        await using var body = response.BodyStream!;
        using var copy = new MemoryStream();
        await body.CopyToAsync(copy, Ct);

        Assert.Equal(payload, copy.ToArray());
        Assert.Throws<NotSupportedException>(() => body.Length);
    }

    [Fact]
    public async Task Buffers_a_large_content_length_body_and_uploads_a_large_one()
    {
        var payload = RandomBytes(5_000_000);
        await using var server = new LoopbackServer(async (stream, ct) =>
        {
            var request = await LoopbackServer.ReadRequestAsync(stream, ct);
            await LoopbackServer.WriteResponseAsync(stream, 200, request!.Body, null, ct);
        });
        using var transport = Transport();
        var request = Request(server.Url, "PUT", "/big");
        request.Body = payload;

        var response = await transport.SendAsync(request, false, Ct);

        Assert.Equal(payload, response.Body);
    }

    [Fact]
    public async Task Streams_a_content_length_body_and_reports_its_length()
    {
        var payload = RandomBytes(300_000);
        await using var server = new LoopbackServer(async (stream, ct) =>
        {
            await LoopbackServer.ReadRequestAsync(stream, ct);
            await LoopbackServer.WriteResponseAsync(stream, 200, payload, null, ct);
        });
        using var transport = Transport();

        var response = await transport.SendAsync(Request(server.Url, "GET"), true, Ct);
        await using var body = response.BodyStream!;
        using var copy = new MemoryStream();
        body.CopyTo(copy);

        Assert.Empty(response.Body);
        Assert.Equal(300_000, body.Length);
        Assert.Equal(payload, copy.ToArray());
    }

    [Fact]
    public async Task Reads_a_body_without_length_until_the_server_closes()
    {
        await using var server = Raw("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end");
        using var transport = Transport();

        var response = await transport.SendAsync(Request(server.Url), false, Ct);

        Assert.Equal("until the end", Encoding.ASCII.GetString(response.Body));
    }

    [Fact]
    public async Task Skips_interim_responses_and_reads_no_body_for_head_or_204()
    {
        await using var interim = Raw("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nX-A: 1\r\n\r\n");
        await using var head = Raw("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
        using var transport = Transport();

        var noContent = await transport.SendAsync(Request(interim.Url), false, Ct);
        var headers = await transport.SendAsync(Request(head.Url, "HEAD"), false, Ct);

        Assert.Equal(204, noContent.StatusCode);
        Assert.Equal("1", noContent.Headers["X-A"]);
        Assert.Equal(200, headers.StatusCode);
        Assert.Empty(headers.Body);
        Assert.Equal("1000", headers.Headers["Content-Length"]);
    }

    [Fact]
    public async Task Garbage_instead_of_a_response_is_a_closed_connection()
    {
        await using var server = Raw("SSH-2.0-OpenSSH\r\n\r\n");
        using var transport = Transport();

        var e = await Assert.ThrowsAsync<ConnectionClosedException>(() => transport.SendAsync(Request(server.Url), false, Ct));

        Assert.Equal($"Connection was closed before we received a valid response from endpoint URL: \"{server.Url}/\".", e.Message);
    }

    [Fact]
    public async Task Falls_back_to_HttpClient_for_a_body_of_unknown_length()
    {
        await using var server = LoopbackServer.Answering();
        using var transport = Transport();
        var request = Request(server.Url, "PUT", "/k");
        request.BodyStream = new UnseekableStream("abc"u8.ToArray());

        await transport.SendAsync(request, false, Ct);

        var received = Assert.Single(server.Requests);
        Assert.Equal("chunked", received.Header("Transfer-Encoding"));
        Assert.Equal("abc"u8.ToArray(), received.Body);
    }

    [Fact]
    public async Task By_default_only_threads_outside_the_pool_take_the_direct_path()
    {
        var connections = 0;
        await using var server = new LoopbackServer(async (stream, ct) =>
        {
            Interlocked.Increment(ref connections);
            while (await LoopbackServer.ReadRequestAsync(stream, ct) is not null)
                await LoopbackServer.WriteResponseAsync(stream, 200, [], null, ct);
        });
        using var transport = new HttpTransport(new TransportOptions { Proxies = ProxySettings.None });

        // Off the pool, each call has its own connection (closed after the exchange).
        var thread = new Thread(() =>
        {
            for (var i = 0; i < 2; i++) transport.SendAsync(Request(server.Url), false, Ct).GetAwaiter().GetResult();
        });
        thread.Start();
        thread.Join();
        Assert.Equal(2, Volatile.Read(ref connections));

        // On the pool, HttpClient keeps one connection alive.
        await Task.Run(async () =>
        {
            for (var i = 0; i < 2; i++) await transport.SendAsync(Request(server.Url), false, Ct);
        }, Ct);
        Assert.Equal(3, Volatile.Read(ref connections));
    }

    private static byte[] RandomBytes(int n)
    {
        var bytes = new byte[n];
        new Random(42).NextBytes(bytes);
        return bytes;
    }

    private sealed class UnseekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
