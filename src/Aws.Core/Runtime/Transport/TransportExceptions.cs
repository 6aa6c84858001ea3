namespace Aws.Core.Runtime.Transport;

// The transport's failures, one type per case the AWS CLI tells apart. Messages are botocore's words
// (botocore/exceptions.py), so the CLI can print Message as it is.

/// <summary>A request could not be sent or its response could not be read.</summary>
public abstract class TransportException(string message, string endpointUrl, Exception? inner)
    : Exception(message, inner)
{
    /// <summary>The request URL (scheme, host, path and query).</summary>
    public string EndpointUrl { get; } = endpointUrl;

    /// <summary>Whether retrying the call may help (botocore retries connection errors and timeouts).</summary>
    public virtual bool IsRetryable => true;
}

/// <summary>The TCP connection failed: refused, unreachable, or the host name did not resolve.</summary>
public sealed class EndpointConnectionException(string endpointUrl, Exception? inner = null)
    : TransportException($"Could not connect to the endpoint URL: \"{endpointUrl}\"", endpointUrl, inner);

/// <summary>The connection was not established within the connect timeout.</summary>
public sealed class ConnectTimeoutException(string endpointUrl, Exception? inner = null)
    : TransportException($"Connect timeout on endpoint URL: \"{endpointUrl}\"", endpointUrl, inner);

/// <summary>The server sent nothing for longer than the read timeout.</summary>
public sealed class ReadTimeoutException(string endpointUrl, Exception? inner = null)
    : TransportException($"Read timeout on endpoint URL: \"{endpointUrl}\"", endpointUrl, inner);

/// <summary>The server closed the connection before a complete response arrived.</summary>
public sealed class ConnectionClosedException(string endpointUrl, Exception? inner = null)
    : TransportException($"Connection was closed before we received a valid response from endpoint URL: \"{endpointUrl}\".", endpointUrl, inner);

/// <summary>The server's certificate was not trusted (or the CA bundle could not be read).</summary>
public sealed class SslValidationException(string endpointUrl, string detail, Exception? inner = null)
    : TransportException($"SSL validation failed for {endpointUrl} {detail}", endpointUrl, inner)
{
    public string Detail { get; } = detail;
    public override bool IsRetryable => false;
}

/// <summary>The proxy could not be reached or refused to open a tunnel.</summary>
public sealed class ProxyConnectionException(string endpointUrl, string proxyUrl, Exception? inner = null)
    : TransportException($"Failed to connect to proxy URL: \"{ProxySettings.Mask(proxyUrl)}\"", endpointUrl, inner)
{
    public string ProxyUrl { get; } = ProxySettings.Mask(proxyUrl);
}

/// <summary>Any other failure of the HTTP stack.</summary>
public sealed class HttpClientException(string endpointUrl, Exception inner)
    : TransportException($"An HTTP Client raised an unhandled exception: {inner.Message}", endpointUrl, inner);
