using System.Security.Cryptography;
using Aws.Core.Http;
using Aws.Core.Model;

namespace Aws.Core.Protocols.Http;

/// <summary>Content-MD5 for operations marked httpChecksumRequired (botocore's conditionally_calculate_md5).</summary>
public static class RequestChecksums
{
    public static void Apply(OperationModel operation, AwsHttpRequest request)
    {
        if (!operation.HttpChecksumRequired || request.Headers.Contains("Content-MD5")) return;
        // A flexible checksum already covers the body.
        if (request.Headers.Any(h => h.Key.StartsWith("x-amz-checksum-", StringComparison.OrdinalIgnoreCase))) return;
        if (request.BodyStream is { } stream)
        {
            // Only seekable streams can be hashed and still be sent.
            if (!stream.CanSeek) return;
            var start = stream.Position;
            var hash = MD5.HashData(stream);
            stream.Position = start;
            request.Headers["Content-MD5"] = Convert.ToBase64String(hash);
            return;
        }
        request.Headers["Content-MD5"] = Convert.ToBase64String(MD5.HashData(request.Body));
    }
}
