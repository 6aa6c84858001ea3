using System.Security.Cryptography;
using Aws.Core.Http;

namespace Aws.Core.Auth;

/// <summary>Chooses and computes the payload hash that ends the canonical request.</summary>
public static class PayloadHash
{
    /// <summary>
    /// "UNSIGNED-PAYLOAD" when the options say so; otherwise an x-amz-content-sha256 header already on the
    /// request (botocore trusts it; <paramref name="trustHeader"/> false recomputes, as S3 signing does);
    /// otherwise the SHA-256 of the body.
    /// </summary>
    public static string Resolve(AwsHttpRequest request, SigV4Options options, bool trustHeader = true)
    {
        if (options.UnsignedPayload) return SigV4Constants.UnsignedPayload;
        if (trustHeader && request.Headers[SigV4Constants.ContentSha256Header] is { Length: > 0 } given) return given;
        return Compute(request);
    }

    /// <summary>
    /// Hex SHA-256 of the body. A streamed body is hashed from its current position without loading it and
    /// then rewound, so the transport sends it whole; a stream that cannot seek cannot be hashed.
    /// </summary>
    public static string Compute(AwsHttpRequest request)
    {
        if (request.BodyStream is not { } stream)
            return request.Body.Length == 0 ? SigV4Constants.EmptyBodySha256 : SigV4Crypto.Sha256Hex(request.Body);
        if (!stream.CanSeek)
            throw new InvalidOperationException(
                "The request body stream cannot seek, so it cannot be hashed for signing; sign it with UNSIGNED-PAYLOAD.");
        var position = stream.Position;
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        finally
        {
            stream.Position = position;
        }
    }
}
