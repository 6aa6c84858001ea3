using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Aws.Local.Host;

namespace Aws.Local.Services.Sts;

/// <summary>An OpenID Connect ID token (a JWS in compact form): its header, claims, and RS256/384/512 signature check.</summary>
public sealed class WebIdentityToken
{
    private WebIdentityToken(JsonObject header, JsonObject claims, byte[] signedPart, byte[] signature)
    {
        Header = header;
        Claims = claims;
        _signedPart = signedPart;
        _signature = signature;
    }

    private readonly byte[] _signedPart;
    private readonly byte[] _signature;

    public JsonObject Header { get; }
    public JsonObject Claims { get; }

    public static LocalServiceException Invalid(string message) => new("InvalidIdentityToken", message);

    public string Issuer => Claim("iss") ?? throw Invalid("The web identity token has no iss claim.");
    public string Subject => Claim("sub") ?? throw Invalid("The web identity token has no sub claim.");
    /// <summary>The azp claim: when present it is what the &lt;provider&gt;:aud condition key holds.</summary>
    public string? AuthorizedParty => Claim("azp");
    public IReadOnlyList<string> Audiences => Claims["aud"] switch
    {
        JsonArray list => [.. list.Select(a => a?.ToString() ?? "")],
        JsonValue v => [v.ToString()],
        _ => [],
    };
    public IReadOnlyList<string> AuthenticationMethods => Claims["amr"] switch
    {
        JsonArray list => [.. list.Select(a => a?.ToString() ?? "")],
        JsonValue v => [v.ToString()],
        _ => [],
    };
    public DateTimeOffset? Expires => Time("exp");
    public DateTimeOffset? NotBefore => Time("nbf");

    public static WebIdentityToken Parse(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) throw Invalid("The web identity token is not a JWT (three base64url parts).");
        try
        {
            var header = JsonNode.Parse(Base64Url(parts[0])) as JsonObject;
            var claims = JsonNode.Parse(Base64Url(parts[1])) as JsonObject;
            if (header is null || claims is null) throw Invalid("The web identity token's header and claims must be JSON objects.");
            return new WebIdentityToken(header, claims, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url(parts[2]));
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            throw Invalid("The web identity token could not be decoded.");
        }
    }

    /// <summary>Checks the signature against a JSON Web Key Set ({"keys":[{kty:"RSA",kid,n,e}]}); false when it does not verify.</summary>
    public bool VerifySignature(JsonObject jwks)
    {
        var hash = Header["alg"]?.ToString() switch
        {
            "RS256" => HashAlgorithmName.SHA256,
            "RS384" => HashAlgorithmName.SHA384,
            "RS512" => HashAlgorithmName.SHA512,
            _ => default,
        };
        if (hash == default) return false;
        var kid = Header["kid"]?.ToString();
        var keys = (jwks["keys"] as JsonArray ?? []).OfType<JsonObject>().Where(k => k["kty"]?.ToString() == "RSA").ToList();
        foreach (var key in keys.Where(k => kid is null || k["kid"]?.ToString() == kid))
        {
            using var rsa = RSA.Create();
            try
            {
                rsa.ImportParameters(new RSAParameters { Modulus = Base64Url(key["n"]?.ToString() ?? ""), Exponent = Base64Url(key["e"]?.ToString() ?? "") });
                if (rsa.VerifyData(_signedPart, _signature, hash, RSASignaturePadding.Pkcs1)) return true;
            }
            catch (Exception e) when (e is CryptographicException or FormatException)
            {
            }
        }
        return false;
    }

    private string? Claim(string name) => Claims[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private DateTimeOffset? Time(string name) =>
        Claims[name] is JsonValue v && v.TryGetValue<double>(out var seconds) ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)) : null;

    public static byte[] Base64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
