using System.Security.Cryptography;
using Aws.Core.Protocols.Http;

namespace Aws.Local.Services.S3;

/// <summary>
/// A flexible checksum (x-amz-checksum-crc32, -crc32c, -sha1, -sha256) computed while a body streams to disk, so the
/// value the client sent (as a header or an aws-chunked trailer) can be checked and answered back.
/// </summary>
internal sealed class S3Checksum : IDisposable
{
    private readonly IncrementalHash? _hash;
    private readonly Crc32? _crc;
    private uint _crcState = 0xFFFFFFFFu;

    private S3Checksum(string algorithm)
    {
        Algorithm = algorithm;
        switch (algorithm)
        {
            case "crc32": _crc = Crc32.Ieee; break;
            case "crc32c": _crc = Crc32.Castagnoli; break;
            case "sha1": _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1); break;
            case "sha256": _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256); break;
        }
    }

    /// <summary>crc32, crc32c, sha1 or sha256.</summary>
    public string Algorithm { get; }

    /// <summary>The output member that carries it (ChecksumCRC32, ...).</summary>
    public string Member => "Checksum" + Algorithm.ToUpperInvariant();

    public static readonly string[] Algorithms = ["crc32", "crc32c", "sha1", "sha256"];

    /// <summary>A checksum for the algorithm, or null for one S3 does not know.</summary>
    public static S3Checksum? For(string? algorithm) =>
        algorithm?.ToLowerInvariant() is { } a && Algorithms.Contains(a) ? new S3Checksum(a) : null;

    public void Append(ReadOnlySpan<byte> data)
    {
        if (_crc is not null) _crcState = _crc.Update(_crcState, data);
        else _hash?.AppendData(data);
    }

    /// <summary>The base64 value, as the x-amz-checksum-* headers carry it.</summary>
    public string Value() => _crc is not null ? Crc32.ToBase64(~_crcState) : Convert.ToBase64String(_hash!.GetHashAndReset());

    public void Dispose() => _hash?.Dispose();
}
