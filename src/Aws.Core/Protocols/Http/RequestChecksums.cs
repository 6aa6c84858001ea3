using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Http;
using Aws.Core.Model;
using Aws.Core.Protocols.Formats;

namespace Aws.Core.Protocols.Http;

/// <summary>
/// Request checksums as botocore applies them: when the operation's httpChecksum names an algorithm member
/// and the caller set it, an x-amz-checksum-{algorithm} header; otherwise, when a checksum is required
/// (httpChecksumRequired, or httpChecksum.requestChecksumRequired), Content-MD5. Headers the caller set
/// are kept. Non-seekable streams are not hashed (botocore sends those with a trailer over TLS).
/// </summary>
public static class RequestChecksums
{
    private static readonly string[] Supported = ["crc32", "crc32c", "sha1", "sha256"];

    public static void Apply(OperationModel operation, AwsHttpRequest request, IReadOnlyList<KeyValuePair<string, JsonNode?>> parameters)
    {
        var trait = operation.HttpChecksum;
        if (trait is { } t && t.TryGetProperty("requestAlgorithmMember", out var memberName) && memberName.ValueKind == JsonValueKind.String
            && parameters.FirstOrDefault(p => p.Key == memberName.GetString()).Value is { } chosen)
        {
            var algorithm = ScalarText.ToText(chosen).ToLowerInvariant();
            if (!Supported.Contains(algorithm))
                throw new ArgumentException($"Unsupported checksum algorithm: {algorithm}");
            var header = "x-amz-checksum-" + algorithm;
            if (!request.Headers.Contains(header) && Digest(request, algorithm) is { } digest) request.Headers[header] = digest;
            return;
        }

        var required = operation.HttpChecksumRequired
            || (trait is { } h && h.TryGetProperty("requestChecksumRequired", out var r) && r.ValueKind == JsonValueKind.True);
        if (!required || request.Headers.Contains("Content-MD5")) return;
        if (Digest(request, "md5") is { } md5) request.Headers["Content-MD5"] = md5;
    }

    /// <summary>Base64 digest of the body; null for a stream that cannot be rewound.</summary>
    private static string? Digest(AwsHttpRequest request, string algorithm)
    {
        if (request.BodyStream is { } stream)
        {
            if (!stream.CanSeek) return null;
            var start = stream.Position;
            try { return Compute(stream, algorithm); }
            finally { stream.Position = start; }
        }
        using var ms = new MemoryStream(request.Body, writable: false);
        return Compute(ms, algorithm);
    }

    private static string Compute(Stream data, string algorithm) => algorithm switch
    {
        "md5" => Convert.ToBase64String(MD5.HashData(data)),
        "sha1" => Convert.ToBase64String(SHA1.HashData(data)),
        "sha256" => Convert.ToBase64String(SHA256.HashData(data)),
        "crc32" => Crc32.ToBase64(Crc32.Ieee.Compute(data)),
        "crc32c" => Crc32.ToBase64(Crc32.Castagnoli.Compute(data)),
        _ => throw new ArgumentException($"Unsupported checksum algorithm: {algorithm}"),
    };
}
