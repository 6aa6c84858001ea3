namespace Aws.Core.Auth;

/// <summary>How a request is canonicalized and which payload hash is used. The same options drive signing and verifying.</summary>
public sealed record SigV4Options
{
    /// <summary>Resolve "." and ".." segments and collapse repeated slashes in the canonical URI (S3: off).</summary>
    public bool NormalizePath { get; init; } = true;

    /// <summary>Percent-encode the (already encoded) request path once more for the canonical URI (S3: off).</summary>
    public bool DoubleUriEncode { get; init; } = true;

    /// <summary>Use the literal "UNSIGNED-PAYLOAD" instead of the body's SHA-256.</summary>
    public bool UnsignedPayload { get; init; }

    /// <summary>Send the payload hash as the signed x-amz-content-sha256 header (S3 always does).</summary>
    public bool AddContentSha256Header { get; init; }

    /// <summary>Add X-Amz-Security-Token after signing, outside the signature (a few services want this).</summary>
    public bool OmitSessionTokenFromSignature { get; init; }

    /// <summary>Every service but S3.</summary>
    public static SigV4Options Default { get; } = new();

    /// <summary>S3 header signing: raw path, body hash in x-amz-content-sha256.</summary>
    public static SigV4Options S3 { get; } = new() { NormalizePath = false, DoubleUriEncode = false, AddContentSha256Header = true };

    /// <summary>S3 presigned URLs: raw path, "UNSIGNED-PAYLOAD", no extra header.</summary>
    public static SigV4Options S3Presign { get; } = new() { NormalizePath = false, DoubleUriEncode = false, UnsignedPayload = true };
}
