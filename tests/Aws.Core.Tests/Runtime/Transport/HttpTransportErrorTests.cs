using System.Net;
using System.Net.Sockets;
using Aws.Core.Runtime.Transport;
using static Aws.Core.Tests.Runtime.Transport.TransportTestKit;

namespace Aws.Core.Tests.Runtime.Transport;

/// <summary>Failures map to the exceptions (and messages) the AWS CLI prints; messages recorded from /usr/bin/aws 2.9.19.</summary>
public class HttpTransportErrorTests
{
    [Fact]
    public async Task Refused_connection_is_an_endpoint_connection_error()
    {
        var url = $"http://127.0.0.1:{UnusedPort()}";
        using var transport = Direct();

        var e = await Assert.ThrowsAsync<EndpointConnectionException>(() => transport.SendAsync(Request(url), false, Ct));

        Assert.Equal($"Could not connect to the endpoint URL: \"{url}/\"", e.Message);
        Assert.True(e.IsRetryable);
    }

    [Fact]
    public async Task Unresolvable_host_is_an_endpoint_connection_error()
    {
        using var transport = Direct();

        var e = await Assert.ThrowsAsync<EndpointConnectionException>(
            () => transport.SendAsync(Request("http://nonexistent.invalid"), false, Ct));

        Assert.Equal("Could not connect to the endpoint URL: \"http://nonexistent.invalid/\"", e.Message);
    }

    [Fact]
    public async Task Silent_server_is_a_read_timeout()
    {
        await using var server = new LoopbackServer((_, ct) => Task.Delay(Timeout.Infinite, ct));
        using var transport = Direct(readTimeout: TimeSpan.FromMilliseconds(300));

        var e = await Assert.ThrowsAsync<ReadTimeoutException>(() => transport.SendAsync(Request(server.Url), false, Ct));

        Assert.Equal($"Read timeout on endpoint URL: \"{server.Url}/\"", e.Message);
    }

    [Fact]
    public async Task Stalled_streamed_body_is_a_read_timeout()
    {
        await using var server = PartialBodyServer(stall: true);
        using var transport = Direct(readTimeout: TimeSpan.FromMilliseconds(300));

        var response = await transport.SendAsync(Request(server.Url), true, Ct);
        await using var body = response.BodyStream!;

        await Assert.ThrowsAsync<ReadTimeoutException>(() => body.CopyToAsync(Stream.Null, Ct));
    }

    [Fact]
    public async Task Slow_server_within_the_read_timeout_succeeds()
    {
        await using var server = new LoopbackServer(async (stream, ct) =>
        {
            await LoopbackServer.ReadRequestAsync(stream, ct);
            await Task.Delay(100, ct);
            await LoopbackServer.WriteResponseAsync(stream, 200, "ok"u8.ToArray(), null, ct);
        });
        using var transport = Direct(readTimeout: TimeSpan.FromSeconds(5));

        var response = await transport.SendAsync(Request(server.Url), false, Ct);

        Assert.Equal("ok"u8.ToArray(), response.Body);
    }

    [Fact]
    public async Task Hang_up_before_the_response_is_a_closed_connection()
    {
        await using var server = new LoopbackServer(async (stream, ct) => await LoopbackServer.ReadRequestAsync(stream, ct));
        using var transport = Direct();

        var e = await Assert.ThrowsAsync<ConnectionClosedException>(() => transport.SendAsync(Request(server.Url), false, Ct));

        Assert.Equal($"Connection was closed before we received a valid response from endpoint URL: \"{server.Url}/\".", e.Message);
    }

    [Fact]
    public async Task Hang_up_in_the_middle_of_the_body_is_a_closed_connection()
    {
        await using var server = PartialBodyServer(stall: false);
        using var transport = Direct();

        await Assert.ThrowsAsync<ConnectionClosedException>(() => transport.SendAsync(Request(server.Url), false, Ct));
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
            using var transport = Direct(connectTimeout: TimeSpan.FromMilliseconds(500));

            var e = await Assert.ThrowsAsync<ConnectTimeoutException>(() => transport.SendAsync(Request(url), false, Ct));

            Assert.Equal($"Connect timeout on endpoint URL: \"{url}/\"", e.Message);
        }
        finally
        {
            foreach (var s in fillers) s.Dispose();
        }
    }
}
