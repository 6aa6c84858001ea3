using System.Security.Cryptography;

namespace Aws.Local.Services.S3;

/// <summary>
/// Copies a request body to a file while hashing it (MD5 for the ETag and Content-MD5, SHA-256 when the signature
/// declared a payload hash), then checks what the client declared: Content-Length, Content-MD5, x-amz-content-sha256.
/// </summary>
internal static class S3Body
{
    private const int BufferSize = 256 * 1024;

    public sealed record Written(long Length, byte[] Md5);

    public static async Task<Written> CopyAsync(Stream body, Stream file, long? declaredLength, string? contentMd5,
        string? sha256Hex, CancellationToken cancellation, S3Checksum? checksum = null)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        using var sha = sha256Hex is null ? null : IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
        long total = 0;
        try
        {
            int n;
            while ((n = await body.ReadAsync(buffer.AsMemory(0, BufferSize), cancellation)) > 0)
            {
                md5.AppendData(buffer, 0, n);
                sha?.AppendData(buffer, 0, n);
                checksum?.Append(buffer.AsSpan(0, n));
                await file.WriteAsync(buffer.AsMemory(0, n), cancellation);
                total += n;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        if (declaredLength is { } expected && expected != total)
            throw new S3Exception("IncompleteBody", "You did not provide the number of bytes specified by the Content-Length HTTP header");
        var digest = md5.GetHashAndReset();
        if (contentMd5 is not null) CheckMd5(contentMd5, digest);
        if (sha is not null && !string.Equals(Convert.ToHexStringLower(sha.GetHashAndReset()), sha256Hex, StringComparison.OrdinalIgnoreCase))
            throw new S3Exception("XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.",
                400, ("ClientComputedContentSHA256", sha256Hex!));
        return new Written(total, digest);
    }

    public static void CheckMd5(string contentMd5, byte[] digest)
    {
        byte[] claimed;
        try
        {
            claimed = Convert.FromBase64String(contentMd5.Trim());
        }
        catch (FormatException)
        {
            throw new S3Exception("InvalidDigest", "The Content-MD5 you specified was invalid.", 400, ("Content-MD5", contentMd5));
        }
        if (claimed.Length != 16)
            throw new S3Exception("InvalidDigest", "The Content-MD5 you specified was invalid.", 400, ("Content-MD5", contentMd5));
        if (!claimed.AsSpan().SequenceEqual(digest))
            throw new S3Exception("BadDigest", "The Content-MD5 you specified did not match what we received.", 400,
                ("ExpectedDigest", Convert.ToHexStringLower(claimed)), ("CalculatedDigest", Convert.ToBase64String(digest)));
    }

    /// <summary>A buffered body of a non-streaming operation (XML configuration, DeleteObjects); S3 caps these.</summary>
    public static async Task<byte[]> ReadSmallAsync(Stream body, CancellationToken cancellation, int limit = 32 * 1024 * 1024)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await body.ReadAsync(chunk, cancellation)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > limit) throw new S3Exception("MaxMessageLengthExceeded", "Your request was too big.");
        }
        return buffer.ToArray();
    }
}
