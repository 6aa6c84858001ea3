using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Aws.Core.Http;

namespace Aws.Core.Runtime.Transport;

/// <summary>
/// <see cref="IHttpTransport"/> on one <see cref="SocketsHttpHandler"/>, created on first use so that a call
/// which never sends (help, errors) pays nothing. Sends the request's headers as they are, Host exactly as
/// signed, and adds only what the AWS CLI's HTTP stack adds after signing: Content-Length and
/// "Accept-Encoding: identity". No Expect, User-Agent, cookies or trace headers.
/// Plain-http requests without a proxy take the synchronous <see cref="DirectHttp"/> path when
/// <see cref="TransportOptions.DirectPlainHttp"/> allows, so a one-shot call to a local endpoint starts no
/// HttpClient, thread pool or TLS stack.
/// </summary>
public sealed class HttpTransport : IHttpTransport, IDisposable
{
    private readonly TransportOptions _options;
    private readonly Lazy<(HttpClient Client, ProxySettings Proxies, CertificateValidator Certificates)> _state;
    private readonly Lazy<ProxySettings> _proxies;

    public HttpTransport(TransportOptions? options = null)
    {
        _options = options ?? TransportOptions.Default;
        _proxies = new(() => _options.Proxies ?? ProxySettings.FromEnvironment(), LazyThreadSafetyMode.ExecutionAndPublication);
        _state = new(CreateClient, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Task<AwsHttpResponse> SendAsync(AwsHttpRequest request, bool streamResponseBody, CancellationToken cancellationToken)
    {
        var url = $"{request.Scheme}://{request.Host}{request.PathAndQuery}";
        var uri = new Uri(url, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        var proxy = _proxies.Value.ProxyFor(uri);
        if (proxy is null && uri.Scheme == Uri.UriSchemeHttp && (_options.DirectPlainHttp ?? !Thread.CurrentThread.IsThreadPoolThread)
            && DirectHttp.CanSend(request))
        {
            try
            {
                return Task.FromResult(DirectHttp.Send(request, uri, url, streamResponseBody, _options, cancellationToken));
            }
            catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested)
            {
                return Task.FromCanceled<AwsHttpResponse>(e.CancellationToken.IsCancellationRequested ? e.CancellationToken : cancellationToken);
            }
            catch (Exception e)
            {
                return Task.FromException<AwsHttpResponse>(e);
            }
        }
        return SendWithClientAsync(request, uri, url, proxy, streamResponseBody, cancellationToken);
    }

    private async Task<AwsHttpResponse> SendWithClientAsync(AwsHttpRequest request, Uri uri, string url, string? proxy,
        bool streamResponseBody, CancellationToken cancellationToken)
    {
        var (client, _, certificates) = _state.Value;
        var errors = new TransportErrorMapper(url, proxy, certificates, uri.IdnHost);
        if (uri.Scheme == Uri.UriSchemeHttps && certificates.BundleError is { } bundleError)
            throw new SslValidationException(url, certificates.DescribeFailure(uri.Host, null), bundleError);

        // The message is not disposed: that would dispose a caller's BodyStream, which a retry needs again.
        var message = RequestMessageBuilder.Build(request, uri);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not TransportException)
        {
            throw errors.Map(e);
        }

        var result = new AwsHttpResponse { StatusCode = (int)response.StatusCode };
        CopyHeaders(response.Headers, result.Headers);
        CopyHeaders(response.Content.Headers, result.Headers);
        try
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            if (streamResponseBody)
            {
                result.BodyStream = new ResponseBodyStream(body, response, errors);
                return result;
            }
            using (response)
            {
                var buffer = new MemoryStream(response.Content.Headers.ContentLength is { } n and < int.MaxValue ? (int)n : 0);
                await body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                result.Body = buffer.ToArray();
            }
            return result;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not TransportException)
        {
            response.Dispose();
            throw errors.Map(e, readingBody: true);
        }
    }

    private static void CopyHeaders(HttpHeaders from, HeaderList to)
    {
        foreach (var header in from.NonValidated)
            foreach (var value in header.Value)
                to.Add(header.Key, value);
    }

    private (HttpClient, ProxySettings, CertificateValidator) CreateClient()
    {
        var proxies = _proxies.Value;
        var certificates = new CertificateValidator(_options.VerifySsl, _options.CaBundlePath);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = 10,
            // No traceparent/tracestate headers: the request carries only what was built and signed.
            ActivityHeadersPropagator = null,
            // The connect timeout is enforced in ConnectAsync, where it can be told apart from a cancellation;
            // the TLS handshake then runs under the read timeout, as in the AWS CLI.
            ConnectTimeout = Timeout.InfiniteTimeSpan,
            ConnectCallback = ConnectAsync,
            UseProxy = !proxies.IsEmpty,
            Proxy = proxies.IsEmpty ? null : new EnvironmentWebProxy(proxies),
            SslOptions = { RemoteCertificateValidationCallback = certificates.Validate },
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        return (client, proxies, certificates);
    }

    // Our own socket connect: a timeout we can recognise, and the read timeout on every socket operation.
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (_options.ConnectTimeout != Timeout.InfiniteTimeSpan) cts.CancelAfter(_options.ConnectTimeout);
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TransportTimeoutIOException(TransportTimeoutKind.Connect);
            }
            if (_options.ReadTimeout != Timeout.InfiniteTimeSpan)
                socket.ReceiveTimeout = socket.SendTimeout = (int)Math.Min(int.MaxValue, _options.ReadTimeout.TotalMilliseconds);
            return new TimeoutStream(new NetworkStream(socket, ownsSocket: true), _options.ReadTimeout);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (_state.IsValueCreated) _state.Value.Client.Dispose();
    }
}
