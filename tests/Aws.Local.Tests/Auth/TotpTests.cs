using System.Text;
using Aws.Local.Auth;

namespace Aws.Local.Tests.Auth;

public class TotpTests
{
    // RFC 6238 appendix B (SHA-1 seed "12345678901234567890"), last six digits of the eight-digit codes.
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Codes_match_the_rfc_6238_test_vectors(long unixTime, string expected)
    {
        var secret = Encoding.ASCII.GetBytes("12345678901234567890");
        Assert.Equal(expected, Totp.Code(secret, DateTimeOffset.FromUnixTimeSeconds(unixTime)));
    }

    [Fact]
    public void Base32_round_trips()
    {
        var data = Enumerable.Range(0, 40).Select(i => (byte)(i * 7)).ToArray();
        Assert.Equal(data, Totp.FromBase32(Totp.ToBase32(data)));
        Assert.Equal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Totp.ToBase32(Encoding.ASCII.GetBytes("12345678901234567890")));
    }

    [Fact]
    public void Match_accepts_the_previous_step_and_rejects_old_codes()
    {
        var secret = Encoding.ASCII.GetBytes("12345678901234567890");
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        Assert.NotNull(Totp.Match(secret, Totp.Code(secret, now.AddSeconds(-30)), now));
        Assert.Null(Totp.Match(secret, Totp.Code(secret, now.AddSeconds(-120)), now));
    }
}
