namespace Aws.Core.Auth;

/// <summary>Names and fixed values of Signature Version 4.</summary>
public static class SigV4Constants
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string Terminator = "aws4_request";
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";
    public const string EmptyBodySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    /// <summary>Format of X-Amz-Date (basic ISO 8601, UTC).</summary>
    public const string DateTimeFormat = "yyyyMMdd'T'HHmmss'Z'";
    public const string DateFormat = "yyyyMMdd";

    public const string AuthorizationHeader = "Authorization";
    public const string DateHeader = "X-Amz-Date";
    public const string SecurityTokenHeader = "X-Amz-Security-Token";
    public const string ContentSha256Header = "X-Amz-Content-SHA256";

    public const string AlgorithmParam = "X-Amz-Algorithm";
    public const string CredentialParam = "X-Amz-Credential";
    public const string DateParam = "X-Amz-Date";
    public const string ExpiresParam = "X-Amz-Expires";
    public const string SignedHeadersParam = "X-Amz-SignedHeaders";
    public const string SecurityTokenParam = "X-Amz-Security-Token";
    public const string SignatureParam = "X-Amz-Signature";

    /// <summary>
    /// Headers never signed, as in botocore: proxies and HTTP stacks may add, drop or rewrite them.
    /// Lower case.
    /// </summary>
    public static readonly IReadOnlySet<string> UnsignedHeaders =
        new HashSet<string>(StringComparer.Ordinal) { "expect", "user-agent", "x-amzn-trace-id", "authorization" };
}
