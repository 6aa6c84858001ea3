namespace Aws.Core.Runtime.Transport;

/// <summary>Connection settings from the command line and config (--cli-connect-timeout, --no-verify-ssl, ca_bundle, ...).</summary>
public sealed record TransportOptions
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed to open the TCP connection (and TLS handshake); <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan ConnectTimeout { get; init; } = DefaultTimeout;

    /// <summary>Longest wait for any single read or write on the socket; <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan ReadTimeout { get; init; } = DefaultTimeout;

    /// <summary>False accepts any server certificate (--no-verify-ssl).</summary>
    public bool VerifySsl { get; init; } = true;

    /// <summary>A PEM file of trusted roots used instead of the system store (AWS_CA_BUNDLE / ca_bundle / --ca-bundle).</summary>
    public string? CaBundlePath { get; init; }

    /// <summary>Proxies to use; null reads HTTP(S)_PROXY / NO_PROXY from the process environment when the client is created.</summary>
    public ProxySettings? Proxies { get; init; }

    /// <summary>
    /// Plain-http requests that need no proxy go over a blocking socket (<see cref="DirectHttp"/>) instead of
    /// HttpClient: null (the default) only on threads outside the thread pool (the CLI's main thread, where a
    /// one-shot call should not start the pool, timers and the socket engine), true always, false never.
    /// </summary>
    public bool? DirectPlainHttp { get; init; }

    public static TransportOptions Default { get; } = new();

    /// <summary>Converts a CLI timeout in seconds (0 means no timeout) to a TimeSpan.</summary>
    public static TimeSpan FromCliSeconds(double seconds) =>
        seconds <= 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconds);
}
