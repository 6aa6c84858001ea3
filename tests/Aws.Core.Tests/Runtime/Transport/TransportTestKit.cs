using System.Net;
using System.Net.Sockets;
using Aws.Core.Http;
using Aws.Core.Runtime.Transport;

namespace Aws.Core.Tests.Runtime.Transport;

/// <summary>Small helpers the transport tests share.</summary>
internal static class TransportTestKit
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A request to <paramref name="url"/> (scheme, host and port).</summary>
    public static AwsHttpRequest Request(string url, string method = "POST", string path = "/", string query = "")
    {
        var request = new AwsHttpRequest { Method = method, Path = path, QueryString = query };
        request.SetEndpoint(new Uri(url));
        return request;
    }

    /// <summary>A transport that ignores the process's proxy variables.</summary>
    public static HttpTransport Direct(TimeSpan? readTimeout = null, TimeSpan? connectTimeout = null) => new(new TransportOptions
    {
        Proxies = ProxySettings.None,
        ReadTimeout = readTimeout ?? TransportOptions.DefaultTimeout,
        ConnectTimeout = connectTimeout ?? TransportOptions.DefaultTimeout,
    });

    /// <summary>A loopback port nothing listens on (connections to it are refused).</summary>
    public static int UnusedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A server that answers with headers and the start of a 100-byte body, then stalls or hangs up.</summary>
    public static LoopbackServer PartialBodyServer(bool stall) => new(async (stream, ct) =>
    {
        await LoopbackServer.ReadRequestAsync(stream, ct);
        await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial"u8.ToArray(), ct);
        if (stall) await Task.Delay(Timeout.Infinite, ct);
    });
}
