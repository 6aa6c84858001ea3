using System.Security.Cryptography;
using System.Text;
using Aws.Core.Auth;

namespace Aws.Core.Tests.Auth;

/// <summary>The managed SHA-256 and HMAC agree with the platform's (OpenSSL) on every length around the block edges.</summary>
public class Sha256Tests
{
    public static TheoryData<int> Lengths => new([0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4096, 100_003]);

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Hash_matches_the_platform_hash(int length)
    {
        var data = Bytes(length);

        Assert.Equal(SHA256.HashData(data), Sha256.HashData(data));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Hmac_matches_the_platform_hmac_for_short_and_long_keys(int length)
    {
        var data = Bytes(length);
        foreach (var keyLength in new[] { 0, 20, 64, 65, 200 })
        {
            var key = Bytes(keyLength, seed: 7);
            Assert.Equal(HMACSHA256.HashData(key, data), Sha256.HmacData(key, data));
        }
    }

    [Fact]
    public void Known_vectors()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Convert.ToHexStringLower(Sha256.HashData([])));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(Sha256.HashData("abc"u8)));
        // RFC 4231 test case 2.
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            Convert.ToHexStringLower(Sha256.HmacData("Jefe"u8, Encoding.ASCII.GetBytes("what do ya want for nothing?"))));
    }

    [Fact]
    public void Large_inputs_hash_the_same_through_the_signer_helper()
    {
        var data = Bytes(300_000);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)), SigV4Crypto.Sha256Hex(data));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data.AsSpan(0, 1000))), SigV4Crypto.Sha256Hex(data.AsSpan(0, 1000)));
    }

    private static byte[] Bytes(int length, int seed = 1)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
