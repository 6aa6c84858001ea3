using Aws.Local.Host;

namespace Aws.Local.Services.S3;

/// <summary>The authenticator's errors (STS/IAM wording) in S3's codes and messages.</summary>
internal static class S3AuthErrors
{
    public static S3Exception Translate(LocalServiceException e) => e.Code switch
    {
        "InvalidClientTokenId" => new S3Exception("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", 403),
        "SignatureDoesNotMatch" when e.Message.StartsWith("Signature not yet current", StringComparison.Ordinal) =>
            new S3Exception("RequestTimeTooSkewed", "The difference between the request time and the current time is too large.", 403),
        "SignatureDoesNotMatch" => new S3Exception("SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided. Check your key and signing method.", 403),
        "RequestExpired" when e.Message.StartsWith("Signature expired", StringComparison.Ordinal) =>
            new S3Exception("RequestTimeTooSkewed", "The difference between the request time and the current time is too large.", 403),
        "RequestExpired" => new S3Exception("AccessDenied", "Request has expired", 403),
        "ExpiredToken" => new S3Exception("ExpiredToken", "The provided token has expired.", 400),
        "MissingAuthenticationToken" => S3Exception.AccessDenied(),
        "IncompleteSignature" => new S3Exception("AuthorizationHeaderMalformed", "The authorization header is malformed; " + e.Message, 400),
        "AuthorizationQueryParametersError" => new S3Exception("AuthorizationQueryParametersError", e.Message, 400),
        "AccessDenied" => S3Exception.AccessDenied(e.Message),
        _ => new S3Exception(e.Code, e.Message, e.StatusCode),
    };
}
