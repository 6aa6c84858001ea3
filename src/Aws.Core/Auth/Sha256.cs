using System.Buffers.Binary;
using System.Numerics;

namespace Aws.Core.Auth;

/// <summary>
/// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104) in managed code, for the small inputs of SigV4: the canonical
/// request, the key derivation and small bodies. On Linux, System.Security.Cryptography loads and initialises
/// OpenSSL (libssl, libcrypto, openssl.cnf) on first use, which costs a one-shot CLI call more than all of its
/// hashing; large payloads still go to OpenSSL (see <see cref="SigV4Crypto.Sha256"/>), which is faster per byte.
/// </summary>
public static class Sha256
{
    public const int HashSize = 32;
    private const int BlockSize = 64;

    private static ReadOnlySpan<uint> K =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    public static byte[] HashData(ReadOnlySpan<byte> data)
    {
        var hash = new byte[HashSize];
        HashData(data, hash);
        return hash;
    }

    public static void HashData(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var state = Initial();
        var bitLength = (ulong)data.Length * 8;
        while (data.Length >= BlockSize)
        {
            Compress(state, data[..BlockSize]);
            data = data[BlockSize..];
        }
        // The padding: 0x80, zeros, then the message length in bits, big-endian, ending a block.
        Span<byte> tail = stackalloc byte[2 * BlockSize];
        tail.Clear();
        data.CopyTo(tail);
        tail[data.Length] = 0x80;
        var tailLength = data.Length + 9 <= BlockSize ? BlockSize : 2 * BlockSize;
        BinaryPrimitives.WriteUInt64BigEndian(tail[(tailLength - 8)..], bitLength);
        for (var at = 0; at < tailLength; at += BlockSize) Compress(state, tail.Slice(at, BlockSize));
        for (var i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32BigEndian(destination[(i * 4)..], state[i]);
    }

    public static byte[] HmacData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        // Keys longer than a block are hashed first; then H((K ^ opad) || H((K ^ ipad) || data)).
        Span<byte> block = stackalloc byte[BlockSize];
        block.Clear();
        if (key.Length > BlockSize) HashData(key, block);
        else key.CopyTo(block);

        var inner = new byte[BlockSize + data.Length];
        for (var i = 0; i < BlockSize; i++) inner[i] = (byte)(block[i] ^ 0x36);
        data.CopyTo(inner.AsSpan(BlockSize));
        Span<byte> outer = stackalloc byte[BlockSize + HashSize];
        for (var i = 0; i < BlockSize; i++) outer[i] = (byte)(block[i] ^ 0x5c);
        HashData(inner, outer[BlockSize..]);
        return HashData(outer);
    }

    private static uint[] Initial() =>
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    private static void Compress(uint[] state, ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[64];
        for (var i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(i * 4)..]);
        for (var i = 16; i < 64; i++)
        {
            var s0 = BitOperations.RotateRight(w[i - 15], 7) ^ BitOperations.RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
            var s1 = BitOperations.RotateRight(w[i - 2], 17) ^ BitOperations.RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        var k = K;
        for (var i = 0; i < 64; i++)
        {
            var s1 = BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);
            var t1 = h + s1 + ((e & f) ^ (~e & g)) + k[i] + w[i];
            var s0 = BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);
            var t2 = s0 + ((a & b) ^ (a & c) ^ (b & c));
            h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        state[0] += a; state[1] += b; state[2] += c; state[3] += d;
        state[4] += e; state[5] += f; state[6] += g; state[7] += h;
    }
}
