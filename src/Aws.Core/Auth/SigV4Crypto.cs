using System.Security.Cryptography;
using System.Text;

namespace Aws.Core.Auth;

/// <summary>The hashing steps of SigV4: string to sign, signing key, signature.</summary>
public static class SigV4Crypto
{
    // Below this size the managed hash finishes before OpenSSL would even be loaded; above it OpenSSL is faster.
    private const int ManagedHashLimit = 256 * 1024;

    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(Sha256(data));

    /// <summary>SHA-256 of <paramref name="data"/>: managed for small inputs, OpenSSL for large ones.</summary>
    public static byte[] Sha256(ReadOnlySpan<byte> data) =>
        data.Length <= ManagedHashLimit ? Auth.Sha256.HashData(data) : SHA256.HashData(data);

    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    public static string StringToSign(string amzDate, SigV4Scope scope, string canonicalRequest) =>
        $"{SigV4Constants.Algorithm}\n{amzDate}\n{scope}\n{Sha256Hex(canonicalRequest)}";

    /// <summary>kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request").</summary>
    public static byte[] DeriveSigningKey(string secretAccessKey, SigV4Scope scope)
    {
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), scope.Date);
        key = Hmac(key, scope.Region);
        key = Hmac(key, scope.Service);
        return Hmac(key, SigV4Constants.Terminator);
    }

    public static string Signature(byte[] signingKey, string stringToSign) =>
        Convert.ToHexStringLower(Hmac(signingKey, stringToSign));

    private static byte[] Hmac(byte[] key, string data) => Auth.Sha256.HmacData(key, Encoding.UTF8.GetBytes(data));
}
