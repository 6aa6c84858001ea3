using System.IO.Compression;
using System.Text.Json;
using Aws.Core.Http;
using Aws.Core.Model;

namespace Aws.Core.Protocols.Http;

/// <summary>
/// gzip for operations with the requestcompression trait when the in-memory body reaches the minimum size
/// (botocore's RequestCompressor). Streamed bodies are sent as they are.
/// </summary>
public static class RequestCompression
{
    public static void Apply(OperationModel operation, AwsHttpRequest request, RequestSerializerOptions options)
    {
        if (options.DisableRequestCompression || request.BodyStream is not null) return;
        if (operation.RequestCompression is not { } trait) return;
        if (!trait.TryGetProperty("encodings", out var encodings) || encodings.ValueKind != JsonValueKind.Array) return;
        if (!encodings.EnumerateArray().Any(e => e.GetString() == "gzip")) return;
        if (request.Body.Length < options.RequestMinCompressionSizeBytes) return;

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(request.Body);
        request.Body = output.ToArray();

        var existing = request.Headers["Content-Encoding"];
        if (existing is null) request.Headers["Content-Encoding"] = "gzip";
        else request.Headers["Content-Encoding"] = existing + ",gzip";
    }
}
