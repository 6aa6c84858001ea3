using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Aws.Core.Http;

namespace Aws.Core.Auth;

/// <summary>
/// The parts of a received SigV4 signature, from an Authorization header or a presigned query string.
/// A server parses this, looks up the secret for <see cref="AccessKeyId"/>, then calls <see cref="SigV4Verifier"/>.
/// </summary>
public sealed record SigV4Authorization(
    string AccessKeyId,
    SigV4Scope Scope,
    IReadOnlyList<string> SignedHeaders,
    string Signature,
    DateTimeOffset SigningTime,
    string AmzDate,
    bool IsPresigned,
    TimeSpan? Expires,
    string? SecurityToken)
{
    /// <summary>True when the request carries a SigV4 signature in either form (it may still be malformed).</summary>
    public static bool IsSigV4(AwsHttpRequest request) =>
        request.Headers[SigV4Constants.AuthorizationHeader]?.StartsWith(SigV4Constants.Algorithm, StringComparison.Ordinal) == true
        || FindQueryParam(request.QueryString, SigV4Constants.AlgorithmParam) is not null;

    /// <summary>Reads the signature from the Authorization header, or else from the query string.</summary>
    public static bool TryParse(AwsHttpRequest request, [NotNullWhen(true)] out SigV4Authorization? auth,
        [NotNullWhen(false)] out string? error)
    {
        if (request.Headers[SigV4Constants.AuthorizationHeader] is { } header)
            return TryParseHeader(header, request.Headers[SigV4Constants.DateHeader],
                request.Headers[SigV4Constants.SecurityTokenHeader], out auth, out error);
        return TryParseQuery(request.QueryString, out auth, out error);
    }

    /// <summary>Parses "AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=..." with its X-Amz-Date.</summary>
    public static bool TryParseHeader(string authorization, string? amzDate, string? securityToken,
        [NotNullWhen(true)] out SigV4Authorization? auth, [NotNullWhen(false)] out string? error)
    {
        auth = null;
        if (!authorization.StartsWith(SigV4Constants.Algorithm + " ", StringComparison.Ordinal))
        {
            error = $"Unsupported Authorization type (expected {SigV4Constants.Algorithm})";
            return false;
        }
        string? credential = null, signedHeaders = null, signature = null;
        foreach (var part in authorization[(SigV4Constants.Algorithm.Length + 1)..].Split(','))
        {
            var kv = part.Trim();
            var eq = kv.IndexOf('=');
            if (eq <= 0) continue;
            var value = kv[(eq + 1)..].Trim();
            switch (kv[..eq].Trim())
            {
                case "Credential": credential = value; break;
                case "SignedHeaders": signedHeaders = value; break;
                case "Signature": signature = value; break;
            }
        }
        return Build(credential, signedHeaders, signature, amzDate, null, securityToken, presigned: false, out auth, out error);
    }

    /// <summary>Parses the X-Amz-* parameters of a presigned URL's (encoded) query string.</summary>
    public static bool TryParseQuery(string queryString, [NotNullWhen(true)] out SigV4Authorization? auth,
        [NotNullWhen(false)] out string? error)
    {
        auth = null;
        var algorithm = FindQueryParam(queryString, SigV4Constants.AlgorithmParam);
        if (algorithm is null)
        {
            error = "Request is not signed (no Authorization header and no X-Amz-Algorithm parameter)";
            return false;
        }
        if (algorithm != SigV4Constants.Algorithm)
        {
            error = $"X-Amz-Algorithm only supports \"{SigV4Constants.Algorithm}\"";
            return false;
        }
        return Build(FindQueryParam(queryString, SigV4Constants.CredentialParam),
            FindQueryParam(queryString, SigV4Constants.SignedHeadersParam),
            FindQueryParam(queryString, SigV4Constants.SignatureParam),
            FindQueryParam(queryString, SigV4Constants.DateParam),
            FindQueryParam(queryString, SigV4Constants.ExpiresParam) ?? "",
            FindQueryParam(queryString, SigV4Constants.SecurityTokenParam), presigned: true, out auth, out error);
    }

    private static bool Build(string? credential, string? signedHeaders, string? signature, string? amzDate,
        string? expires, string? token, bool presigned, [NotNullWhen(true)] out SigV4Authorization? auth,
        [NotNullWhen(false)] out string? error)
    {
        auth = null;
        var missing = new List<string>();
        if (string.IsNullOrEmpty(credential)) missing.Add("Credential");
        if (string.IsNullOrEmpty(signedHeaders)) missing.Add("SignedHeaders");
        if (string.IsNullOrEmpty(signature)) missing.Add("Signature");
        if (string.IsNullOrEmpty(amzDate)) missing.Add("X-Amz-Date");
        if (presigned && string.IsNullOrEmpty(expires)) missing.Add("X-Amz-Expires");
        if (missing.Count > 0)
        {
            error = "Signature is missing " + string.Join(", ", missing);
            return false;
        }
        var parts = credential!.Split('/');
        if (parts.Length < 5 || parts[^1] != SigV4Constants.Terminator || parts[^5].Length == 0)
        {
            error = $"Credential should be scoped to a valid region and end in {SigV4Constants.Terminator}: '{credential}'";
            return false;
        }
        if (!SigV4Scope.TryParseAmzDate(amzDate, out var time))
        {
            error = $"X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\": '{amzDate}'";
            return false;
        }
        var scope = new SigV4Scope(parts[^4], parts[^3], parts[^2]);
        if (!amzDate!.StartsWith(scope.Date, StringComparison.Ordinal))
        {
            error = $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date: '{scope.Date}' vs '{amzDate}'";
            return false;
        }
        TimeSpan? lifetime = null;
        if (presigned)
        {
            if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
            {
                error = $"X-Amz-Expires must be a positive number of seconds: '{expires}'";
                return false;
            }
            lifetime = TimeSpan.FromSeconds(seconds);
        }
        var accessKey = string.Join('/', parts[..^4]);
        auth = new(accessKey, scope, signedHeaders!.Split(';'), signature!, time, amzDate, presigned, lifetime,
            string.IsNullOrEmpty(token) ? null : token);
        error = null;
        return true;
    }

    // The first value of a query parameter, decoded; null when absent.
    private static string? FindQueryParam(string queryString, string name)
    {
        foreach (var (key, value) in SigV4Canonical.SplitQuery(queryString))
            if (SigV4Encoding.PercentDecodeToString(key) == name) return SigV4Encoding.PercentDecodeToString(value);
        return null;
    }
}
