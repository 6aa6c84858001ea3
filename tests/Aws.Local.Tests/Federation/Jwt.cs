using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Aws.Local.Tests.Federation;

/// <summary>An OIDC issuer for tests: RS256-signed ID tokens and the JWKS that verifies them.</summary>
public sealed class Jwt : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);
    public const string KeyId = "test-key-1";

    public string Token(JsonObject claims, string alg = "RS256", string? kid = KeyId)
    {
        var header = new JsonObject { ["alg"] = alg, ["typ"] = "JWT" };
        if (kid is not null) header["kid"] = kid;
        var signed = B64(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + B64(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = alg == "none" ? [] : _key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signed + "." + B64(signature);
    }

    public static JsonObject Claims(string issuer, string audience, string subject, DateTimeOffset expires) => new()
    {
        ["iss"] = issuer, ["aud"] = audience, ["sub"] = subject, ["exp"] = expires.ToUnixTimeSeconds(),
        ["iat"] = expires.AddHours(-1).ToUnixTimeSeconds(),
    };

    public string JwksJson()
    {
        var p = _key.ExportParameters(false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject { ["kty"] = "RSA", ["kid"] = KeyId, ["alg"] = "RS256", ["use"] = "sig", ["n"] = B64(p.Modulus!), ["e"] = B64(p.Exponent!) }),
        }.ToJsonString();
    }

    public static string B64(byte[] data) => Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose() => _key.Dispose();
}
