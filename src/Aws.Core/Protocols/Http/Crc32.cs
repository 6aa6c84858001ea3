namespace Aws.Core.Protocols.Http;

/// <summary>CRC-32 (IEEE) and CRC-32C (Castagnoli), table-driven, for flexible request checksums.</summary>
public sealed class Crc32
{
    public static readonly Crc32 Ieee = new(0xEDB88320u);
    public static readonly Crc32 Castagnoli = new(0x82F63B78u);

    private readonly uint[] _table = new uint[256];

    private Crc32(uint polynomial)
    {
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? polynomial ^ (c >> 1) : c >> 1;
            _table[i] = c;
        }
    }

    public uint Compute(Stream stream)
    {
        var crc = 0xFFFFFFFFu;
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            crc = Update(crc, buffer.AsSpan(0, read));
        return ~crc;
    }

    public uint Compute(ReadOnlySpan<byte> data) => ~Update(0xFFFFFFFFu, data);

    /// <summary>Feeds more data into a running (not yet inverted) CRC, starting from 0xFFFFFFFF; invert the end value.</summary>
    public uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var b in data) crc = _table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    /// <summary>The checksum as the x-amz-checksum-* headers carry it: base64 of the big-endian value.</summary>
    public static string ToBase64(uint crc) =>
        Convert.ToBase64String([(byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc]);
}
