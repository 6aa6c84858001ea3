using System.Globalization;
using System.Text;
using Aws.Core.Credentials;
using Aws.Core.Http;

namespace Aws.Core.Auth;

/// <summary>
/// Signs an <see cref="AwsHttpRequest"/> with SigV4, either in the Authorization header (<see cref="Sign"/>)
/// or in the query string as a presigned URL (<see cref="Presign"/>). The request is modified in place.
/// </summary>
public sealed class SigV4Signer(SigningKeyCache? keyCache = null)
{
    private readonly SigningKeyCache _keys = keyCache ?? SigningKeyCache.Shared;

    /// <summary>Adds X-Amz-Date, X-Amz-Security-Token, optionally x-amz-content-sha256, and Authorization.</summary>
    public SigV4SigningResult Sign(AwsHttpRequest request, AwsCredentials credentials, string region, string service,
        DateTimeOffset signingTime, SigV4Options? options = null)
    {
        var o = options ?? SigV4Options.Default;
        var amzDate = SigV4Scope.FormatAmzDate(signingTime);
        var scope = SigV4Scope.For(signingTime, region, service);
        var headers = request.Headers;

        // A retry re-signs the same request: drop what the previous signing added.
        headers.Remove(SigV4Constants.AuthorizationHeader);
        headers[SigV4Constants.DateHeader] = amzDate;
        headers.Remove(SigV4Constants.SecurityTokenHeader);
        var signToken = credentials.HasSessionToken && !o.OmitSessionTokenFromSignature;
        if (signToken) headers[SigV4Constants.SecurityTokenHeader] = credentials.SessionToken;

        var payloadHash = PayloadHash.Resolve(request, o, trustHeader: !o.AddContentSha256Header);
        if (o.AddContentSha256Header || o.UnsignedPayload) headers[SigV4Constants.ContentSha256Header] = payloadHash;

        var signedHeaders = SigV4Canonical.SelectSignedHeaders(request);
        var result = Compute(request, credentials, scope, amzDate, signedHeaders, payloadHash, o, presigned: false);
        headers[SigV4Constants.AuthorizationHeader] = FormatAuthorization(credentials.AccessKeyId, scope,
            result.SignedHeaders, result.Signature);
        if (credentials.HasSessionToken && !signToken) headers[SigV4Constants.SecurityTokenHeader] = credentials.SessionToken;
        return result;
    }

    /// <summary>
    /// Appends X-Amz-Algorithm, -Credential, -Date, -SignedHeaders, -Expires, -Security-Token and -Signature
    /// to the query string. The signed headers are those already on the request (at least host).
    /// </summary>
    public SigV4SigningResult Presign(AwsHttpRequest request, AwsCredentials credentials, string region, string service,
        DateTimeOffset signingTime, TimeSpan expires, SigV4Options? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expires, TimeSpan.FromSeconds(1));
        var o = options ?? SigV4Options.Default;
        var amzDate = SigV4Scope.FormatAmzDate(signingTime);
        var scope = SigV4Scope.For(signingTime, region, service);
        var signedHeaders = SigV4Canonical.SelectSignedHeaders(request);
        var signToken = credentials.HasSessionToken && !o.OmitSessionTokenFromSignature;

        var query = new StringBuilder(RemoveAuthParams(request.QueryString));
        void Add(string name, string encodedValue) =>
            query.Append(query.Length > 0 ? "&" : "").Append(name).Append('=').Append(encodedValue);
        Add(SigV4Constants.AlgorithmParam, SigV4Constants.Algorithm);
        Add(SigV4Constants.CredentialParam, SigV4Encoding.UriEncode($"{credentials.AccessKeyId}/{scope}"));
        Add(SigV4Constants.DateParam, amzDate);
        Add(SigV4Constants.SignedHeadersParam, SigV4Encoding.UriEncode(string.Join(';', signedHeaders)));
        Add(SigV4Constants.ExpiresParam, ((long)expires.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        if (signToken) Add(SigV4Constants.SecurityTokenParam, SigV4Encoding.UriEncode(credentials.SessionToken!));
        request.QueryString = query.ToString();

        var payloadHash = PayloadHash.Resolve(request, o);
        var result = Compute(request, credentials, scope, amzDate, signedHeaders, payloadHash, o, presigned: true);

        if (credentials.HasSessionToken && !signToken)
            Add(SigV4Constants.SecurityTokenParam, SigV4Encoding.UriEncode(credentials.SessionToken!));
        Add(SigV4Constants.SignatureParam, result.Signature);
        request.QueryString = query.ToString();
        return result;
    }

    /// <summary>"AWS4-HMAC-SHA256 Credential=AKID/scope, SignedHeaders=a;b, Signature=hex".</summary>
    public static string FormatAuthorization(string accessKeyId, SigV4Scope scope, string signedHeaders, string signature) =>
        $"{SigV4Constants.Algorithm} Credential={accessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";

    private SigV4SigningResult Compute(AwsHttpRequest request, AwsCredentials credentials, SigV4Scope scope,
        string amzDate, IReadOnlyList<string> signedHeaders, string payloadHash, SigV4Options options, bool presigned)
    {
        var canonical = SigV4Canonical.CanonicalRequest(request, signedHeaders, payloadHash, options, presigned);
        var stringToSign = SigV4Crypto.StringToSign(amzDate, scope, canonical);
        var signature = SigV4Crypto.Signature(_keys.GetKey(credentials.SecretAccessKey, scope), stringToSign);
        return new(canonical, stringToSign, signature, string.Join(';', signedHeaders), scope, amzDate);
    }

    private static readonly string[] AuthParams =
    [
        SigV4Constants.AlgorithmParam, SigV4Constants.CredentialParam, SigV4Constants.DateParam,
        SigV4Constants.ExpiresParam, SigV4Constants.SignedHeadersParam, SigV4Constants.SecurityTokenParam,
        SigV4Constants.SignatureParam,
    ];

    // Presigning an already presigned request replaces its auth parameters instead of doubling them.
    private static string RemoveAuthParams(string queryString)
    {
        if (!queryString.Contains("X-Amz-", StringComparison.Ordinal)) return queryString;
        var kept = queryString.Split('&').Where(p =>
        {
            var key = p.Split('=', 2)[0];
            return p.Length > 0 && !AuthParams.Contains(key, StringComparer.Ordinal);
        });
        return string.Join('&', kept);
    }
}
