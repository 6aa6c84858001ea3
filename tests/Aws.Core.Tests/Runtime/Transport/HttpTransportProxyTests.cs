using Aws.Core.Runtime.Transport;
using static Aws.Core.Tests.Runtime.Transport.TransportTestKit;

namespace Aws.Core.Tests.Runtime.Transport;

/// <summary>Requests go through HTTP(S)_PROXY unless NO_PROXY says otherwise; proxy failures read as the CLI's.</summary>
public class HttpTransportProxyTests
{
    [Fact]
    public async Task Http_request_goes_through_http_proxy_in_absolute_form()
    {
        await using var proxy = LoopbackServer.Answering(200, "via proxy");
        using var transport = new HttpTransport(new TransportOptions
        {
            Proxies = new ProxySettings($"http://127.0.0.1:{proxy.Port}", null, null),
        });

        var request = Request("http://sts.example.test:8080");
        request.Body = "x=1"u8.ToArray();
        var response = await transport.SendAsync(request, false, Ct);

        Assert.Equal("via proxy"u8.ToArray(), response.Body);
        var received = Assert.Single(proxy.Requests);
        Assert.Equal("http://sts.example.test:8080/", received.Target);
        Assert.Equal("sts.example.test:8080", received.Header("Host"));
        Assert.Equal("x=1"u8.ToArray(), received.Body);
    }

    [Fact]
    public async Task No_proxy_host_is_reached_directly()
    {
        await using var target = LoopbackServer.Answering(200, "direct");
        using var transport = new HttpTransport(new TransportOptions
        {
            Proxies = new ProxySettings("http://127.0.0.1:1", null, "localhost,127.0.0.1"),
        });

        var response = await transport.SendAsync(Request(target.Url), false, Ct);

        Assert.Equal("direct"u8.ToArray(), response.Body);
    }

    [Fact]
    public async Task Proxy_credentials_answer_the_proxy_challenge()
    {
        string? authorization = null;
        await using var proxy = new LoopbackServer(async (stream, ct) =>
        {
            while (await LoopbackServer.ReadRequestAsync(stream, ct) is { } request)
            {
                authorization = request.Header("Proxy-Authorization");
                if (authorization is null)
                    await LoopbackServer.WriteResponseAsync(stream, 407, [], [("Proxy-Authenticate", "Basic realm=\"p\"")], ct);
                else
                    await LoopbackServer.WriteResponseAsync(stream, 200, [], null, ct);
            }
        });
        using var transport = new HttpTransport(new TransportOptions
        {
            Proxies = new ProxySettings($"http://user:p%40ss@127.0.0.1:{proxy.Port}", null, null),
        });

        var response = await transport.SendAsync(Request("http://sts.example.test"), false, Ct);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("Basic " + Convert.ToBase64String("user:p@ss"u8.ToArray()), authorization);
    }

    [Fact]
    public async Task Unreachable_proxy_is_a_proxy_error()
    {
        var port = UnusedPort();
        using var transport = new HttpTransport(new TransportOptions
        {
            Proxies = new ProxySettings($"http://127.0.0.1:{port}", $"http://127.0.0.1:{port}", null),
        });

        var e = await Assert.ThrowsAsync<ProxyConnectionException>(
            () => transport.SendAsync(Request("https://sts.amazonaws.com"), false, Ct));

        Assert.Equal($"Failed to connect to proxy URL: \"http://127.0.0.1:{port}\"", e.Message);
    }

    [Fact]
    public async Task Proxy_refusing_the_tunnel_is_a_proxy_error()
    {
        await using var proxy = LoopbackServer.Answering(403);
        using var transport = new HttpTransport(new TransportOptions
        {
            Proxies = new ProxySettings(null, $"http://u:secret@127.0.0.1:{proxy.Port}", null),
        });

        var e = await Assert.ThrowsAsync<ProxyConnectionException>(
            () => transport.SendAsync(Request("https://sts.amazonaws.com"), false, Ct));

        Assert.Equal($"Failed to connect to proxy URL: \"http://***:***@127.0.0.1:{proxy.Port}\"", e.Message);
        Assert.Equal("CONNECT", Assert.Single(proxy.Requests).Method);
    }
}
