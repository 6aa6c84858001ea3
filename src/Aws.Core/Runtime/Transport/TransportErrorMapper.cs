using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Aws.Core.Runtime.Transport;

/// <summary>Translates what the .NET HTTP stack throws into the transport's exceptions for one request.</summary>
internal sealed class TransportErrorMapper(string url, string? proxyUrl, CertificateValidator certificates, string host)
{
    /// <param name="e">The failure.</param>
    /// <param name="readingBody">True once the response headers arrived: a broken connection then means a cut-off response.</param>
    public TransportException Map(Exception e, bool readingBody = false)
    {
        if (e is TransportException known) return known;
        if (Find<TransportTimeoutIOException>(e) is { } timeout)
        {
            if (timeout.Kind == TransportTimeoutKind.Read) return new ReadTimeoutException(url, e);
            return proxyUrl is not null ? new ProxyConnectionException(url, proxyUrl, e) : new ConnectTimeoutException(url, e);
        }
        // The handler's own ConnectTimeout (it also covers the TLS handshake).
        if (e is OperationCanceledException && Find<TimeoutException>(e) is not null)
            return proxyUrl is not null ? new ProxyConnectionException(url, proxyUrl, e) : new ConnectTimeoutException(url, e);

        var error = (e as HttpRequestException)?.HttpRequestError ?? HttpRequestError.Unknown;
        if (error == HttpRequestError.SecureConnectionError || Find<AuthenticationException>(e) is not null)
            return new SslValidationException(url, certificates.DescribeFailure(host, Find<AuthenticationException>(e)), e);
        if (error == HttpRequestError.ProxyTunnelError)
            return new ProxyConnectionException(url, proxyUrl ?? "", e);
        if (!readingBody && (error is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                             || (error == HttpRequestError.Unknown && Find<SocketException>(e) is { } s && IsConnectFailure(s))))
            return proxyUrl is not null ? new ProxyConnectionException(url, proxyUrl, e) : new EndpointConnectionException(url, e);
        if (readingBody || error is HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse || Find<IOException>(e) is not null)
            return new ConnectionClosedException(url, e);
        return new HttpClientException(url, e);
    }

    private static bool IsConnectFailure(SocketException s) => s.SocketErrorCode is SocketError.ConnectionRefused
        or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable
        or SocketError.TryAgain or SocketError.NoData or SocketError.AddressNotAvailable;

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
            if (e is T match) return match;
        return null;
    }
}
