namespace Aws.Core.Protocols.Http;

/// <summary>Settings that change how requests are built (the CLI fills these from its configuration).</summary>
public sealed class RequestSerializerOptions
{
    public static readonly RequestSerializerOptions Default = new();

    /// <summary>Makes idempotency tokens for members left unset. Default: a new UUID v4.</summary>
    public Func<string> IdempotencyTokenFactory { get; init; } = () => Guid.NewGuid().ToString();

    /// <summary>Whether endpoint.hostPrefix is put in front of the host (botocore's inject_host_prefix).</summary>
    public bool InjectHostPrefix { get; init; } = true;

    /// <summary>The disable_request_compression setting.</summary>
    public bool DisableRequestCompression { get; init; }

    /// <summary>The request_min_compression_size_bytes setting (botocore's default is 10240).</summary>
    public long RequestMinCompressionSizeBytes { get; init; } = 10240;
}
