using System.Security.Cryptography;
using System.Text;
using Aws.Core.Http;

namespace Aws.Core.Auth;

/// <summary>
/// Server side of SigV4: recomputes the signature of a received request with the same canonicalization code
/// the signer uses, over the headers the client said it signed.
/// </summary>
public static class SigV4Verifier
{
    /// <summary>AWS's allowed clock difference for header-signed requests.</summary>
    public static readonly TimeSpan DefaultMaxSkew = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Computes the expected signature and compares it (in constant time). The payload hash defaults to the
    /// request's x-amz-content-sha256 header, else "UNSIGNED-PAYLOAD" when the options say so, else the body hash.
    /// </summary>
    public static SigV4VerificationResult Verify(AwsHttpRequest request, SigV4Authorization auth, string secretAccessKey,
        SigV4Options? options = null, string? payloadHash = null, SigningKeyCache? keyCache = null)
    {
        var o = options ?? SigV4Options.Default;
        payloadHash ??= PayloadHash.Resolve(request, o);
        var canonical = SigV4Canonical.CanonicalRequest(request, auth.SignedHeaders, payloadHash, o,
            excludeSignatureParam: auth.IsPresigned);
        var stringToSign = SigV4Crypto.StringToSign(auth.AmzDate, auth.Scope, canonical);
        var key = (keyCache ?? SigningKeyCache.Shared).GetKey(secretAccessKey, auth.Scope);
        var expected = SigV4Crypto.Signature(key, stringToSign);
        var valid = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(auth.Signature.ToLowerInvariant()));
        return new(valid, expected, canonical, stringToSign);
    }

    /// <summary>
    /// Header signatures must be within <paramref name="maxSkew"/> of now; presigned URLs are valid from their
    /// date (less the skew) until date + X-Amz-Expires.
    /// </summary>
    public static SigV4TimeStatus CheckTime(SigV4Authorization auth, DateTimeOffset now, TimeSpan? maxSkew = null)
    {
        var skew = maxSkew ?? DefaultMaxSkew;
        if (auth.IsPresigned)
        {
            if (now < auth.SigningTime - skew) return SigV4TimeStatus.NotYetValid;
            return now > auth.SigningTime + auth.Expires!.Value ? SigV4TimeStatus.Expired : SigV4TimeStatus.Valid;
        }
        return (now - auth.SigningTime).Duration() > skew ? SigV4TimeStatus.TooSkewed : SigV4TimeStatus.Valid;
    }
}
