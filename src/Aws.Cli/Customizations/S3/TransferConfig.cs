using Aws.Core.Config;

namespace Aws.Cli.Customizations.S3;

/// <summary>s3transfer's knobs, from the profile's s3 sub-settings (defaults as the AWS CLI's).</summary>
public sealed record TransferConfig
{
    public const long MiB = 1024 * 1024;
    public const int MaxParts = 10_000;
    public const long MinPartSize = 5 * MiB;
    public const long MaxSinglePut = 5L * 1024 * MiB;

    public long MultipartThreshold { get; init; } = 8 * MiB;
    public long MultipartChunkSize { get; init; } = 8 * MiB;
    public int MaxConcurrentRequests { get; init; } = 10;
    public int MaxQueueSize { get; init; } = 1000;
    /// <summary>Bytes per second across the whole command, or null for unlimited.</summary>
    public long? MaxBandwidth { get; init; }

    public static TransferConfig From(ConfigContext config) => new()
    {
        MultipartThreshold = config.GetSize("s3.multipart_threshold") ?? 8 * MiB,
        MultipartChunkSize = config.GetSize("s3.multipart_chunksize") ?? 8 * MiB,
        MaxConcurrentRequests = Math.Max(1, config.GetInt("s3.max_concurrent_requests") ?? 10),
        MaxQueueSize = Math.Max(1, config.GetInt("s3.max_queue_size") ?? 1000),
        MaxBandwidth = config.GetSize("s3.max_bandwidth"),
    };

    /// <summary>s3transfer's ChunksizeAdjuster: at least 5 MiB, at most 5 GiB, and no more than 10,000 parts.</summary>
    public long PartSize(long objectSize)
    {
        var size = Math.Clamp(MultipartChunkSize, MinPartSize, MaxSinglePut);
        while (objectSize > 0 && (objectSize + size - 1) / size > MaxParts) size *= 2;
        return size;
    }
}
