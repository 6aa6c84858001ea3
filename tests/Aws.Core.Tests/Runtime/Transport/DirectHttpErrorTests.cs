using System.Net;
using System.Net.Sockets;
using Aws.Core.Runtime.Transport;
using static Aws.Core.Tests.Runtime.Transport.TransportTestKit;

namespace Aws.Core.Tests.Runtime.Transport;

/// <summary>The direct path fails with the same exceptions and messages as the HttpClient path.</summary>
public class DirectHttpErrorTests
{
    private static HttpTransport Transport(TimeSpan? readTimeout = null, TimeSpan? connectTimeout = null) => new(new TransportOptions
    {
        Proxies = ProxySettings.None,
        DirectPlainHttp = true,
        ReadTimeout = readTimeout ?? TransportOptions.DefaultTimeout,
        ConnectTimeout = connectTimeout ?? TransportOptions.DefaultTimeout,
    });

    [Fact]
    public async Task Refused_connection_is_an_endpoint_connection_error()
    {
        var url = $"http://127.0.0.1:{UnusedPort()}";
        using var transport = Transport();

        var e = await Assert.ThrowsAsync<EndpointConnectionException>(() => transport.SendAsync(Request(url), false, Ct));

        Assert.Equal($"Could not connect to the endpoint URL: \"{url}/\"", e.Message);
    }

    [Fact]
    public async Task Unresolvable_host_is_an_endpoint_connection_error()
    {
        using var transport = Transport();

        var e = await Assert.ThrowsAsync<EndpointConnectionException>(
            () => transport.SendAsync(Request("http://nonexistent.invalid"), false, Ct));

        Assert.Equal("Could not connect to the endpoint URL: \"http://nonexistent.invalid/\"", e.Message);
    }

    [Fact]
    public async Task Localhost_resolves_and_connects()
    {
        await using var server = LoopbackServer.Answering(200, "ok");
        using var transport = Transport();

        var response = await transport.SendAsync(Request($"http://localhost:{server.Port}"), false, Ct);

        Assert.Equal("ok"u8.ToArray(), response.Body);
        Assert.Equal($"localhost:{server.Port}", Assert.Single(server.Requests).Header("Host"));
    }

    [Fact]
    public async Task Silent_server_is_a_read_timeout()
    {
        await using var server = new LoopbackServer((_, ct) => Task.Delay(Timeout.Infinite, ct));
        using var transport = Transport(readTimeout: TimeSpan.FromMilliseconds(300));

        var e = await Assert.ThrowsAsync<ReadTimeoutException>(() => transport.SendAsync(Request(server.Url), false, Ct));

        Assert.Equal($"Read timeout on endpoint URL: \"{server.Url}/\"", e.Message);
    }

    [Fact]
    public async Task Stalled_streamed_body_is_a_read_timeout()
    {
        await using var server = PartialBodyServer(stall: true);
        using var transport = Transport(readTimeout: TimeSpan.FromMilliseconds(300));

        var response = await transport.SendAsync(Request(server.Url), true, Ct);
        await using var body = response.BodyStream!;

        await Assert.ThrowsAsync<ReadTimeoutException>(() => body.CopyToAsync(Stream.Null, Ct));
    }

    [Fact]
    public async Task Slow_but_steady_body_within_the_read_timeout_succeeds()
    {
        await using var server = new LoopbackServer(async (stream, ct) =>
        {
            await LoopbackServer.ReadRequestAsync(stream, ct);
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"u8.ToArray(), ct);
            foreach (var b in "slow!"u8.ToArray())
            {
                await Task.Delay(500, ct);
                await stream.WriteAsync(new[] { b }, ct);
            }
        });
        // Each read waits less than the timeout; the whole body takes longer than it.
        using var transport = Transport(readTimeout: TimeSpan.FromSeconds(2));

        var response = await transport.SendAsync(Request(server.Url), false, Ct);

        Assert.Equal("slow!"u8.ToArray(), response.Body);
    }

    [Fact]
    public async Task Hang_up_before_the_response_is_a_closed_connection()
    {
        await using var server = new LoopbackServer(async (stream, ct) => await LoopbackServer.ReadRequestAsync(stream, ct));
        using var transport = Transport();

        var e = await Assert.ThrowsAsync<ConnectionClosedException>(() => transport.SendAsync(Request(server.Url), false, Ct));

        Assert.Equal($"Connection was closed before we received a valid response from endpoint URL: \"{server.Url}/\".", e.Message);
    }

    [Fact]
    public async Task Hang_up_in_the_middle_of_the_body_is_a_closed_connection()
    {
        await using var server = PartialBodyServer(stall: false);
        using var transport = Transport();

        await Assert.ThrowsAsync<ConnectionClosedException>(() => transport.SendAsync(Request(server.Url), false, Ct));
    }

    [Fact]
    public async Task Cancellation_while_waiting_for_the_response_ends_the_call()
    {
        await using var server = new LoopbackServer((_, ct) => Task.Delay(Timeout.Infinite, ct));
        using var transport = Transport();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancel.CancelAfter(300);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transport.SendAsync(Request(server.Url), false, cancel.Token));
    }

    [Fact]
    public async Task Unanswered_connect_is_a_connect_timeout()
    {
        // A listener that never accepts, with its backlog filled, leaves further connects hanging (SYNs dropped).
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var fillers = new List<Socket>();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                var s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                fillers.Add(s);
                _ = s.ConnectAsync(IPAddress.Loopback, port, Ct).AsTask().ContinueWith(_ => { }, Ct);
            }
            await Task.Delay(200, Ct);
            var url = $"http://127.0.0.1:{port}";
            using var transport = Transport(connectTimeout: TimeSpan.FromMilliseconds(500));

            var started = System.Diagnostics.Stopwatch.StartNew();
            var e = await Assert.ThrowsAsync<ConnectTimeoutException>(() => transport.SendAsync(Request(url), false, Ct));

            Assert.Equal($"Connect timeout on endpoint URL: \"{url}/\"", e.Message);
            Assert.InRange(started.ElapsedMilliseconds, 400, 5000);
        }
        finally
        {
            foreach (var s in fillers) s.Dispose();
        }
    }
}
