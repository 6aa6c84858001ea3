using System.Text.Json.Nodes;

namespace Aws.Cli.Customizations.S3;

/// <summary>
/// One file or object to act on (awscli's FileInfo): S3 paths are "bucket/key" without the scheme, local paths
/// are absolute; CompareKey is the '/'-separated path relative to the root, what sync matches on.
/// </summary>
public sealed record FileEntry
{
    public required string Src { get; init; }
    public required string Dest { get; init; }
    public required string CompareKey { get; init; }
    public required bool SrcIsS3 { get; init; }
    public required bool DestIsS3 { get; init; }
    /// <summary>upload, download, copy or delete.</summary>
    public required string Operation { get; init; }
    public long? Size { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    /// <summary>The listing entry (StorageClass, ETag, ...) for S3 sources.</summary>
    public JsonObject? S3Data { get; init; }
    /// <summary>True for sync --delete entries whose Src is the destination's copy.</summary>
    public bool IsStream { get; init; }
}
