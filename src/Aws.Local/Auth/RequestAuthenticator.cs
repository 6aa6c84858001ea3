using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Aws.Core.Auth;
using Aws.Core.Http;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Auth;

/// <summary>
/// Checks a request's SigV4 signature (header or presigned query) with Aws.Core's verifier and finds who signed
/// it: long-term keys (root or IAM user, must be Active) or temporary STS credentials (the session token must
/// match and not be expired). Failures throw <see cref="LocalServiceException"/> with AWS's codes and messages.
/// </summary>
public sealed class RequestAuthenticator(TimeProvider clock)
{
    public static readonly TimeSpan MaxPresignedLifetime = TimeSpan.FromDays(7);
    private readonly SigningKeyCache _keys = new(1024);

    public Principal Authenticate(AwsHttpRequest request, JsonObject state, out SigV4Authorization auth) =>
        Authenticate(request, null, state, out auth, SigV4Options.Default, payloadHash: null);

    /// <summary>As above, reusing <paramref name="parsed"/> when the caller already parsed the request's signature.</summary>
    public Principal Authenticate(AwsHttpRequest request, SigV4Authorization? parsed, JsonObject state, out SigV4Authorization auth) =>
        Authenticate(request, parsed, state, out auth, SigV4Options.Default, payloadHash: null);

    /// <summary>
    /// Authenticates with the given canonicalization options (S3: raw path) and, when <paramref name="payloadHash"/>
    /// is given, that payload hash instead of the body's: S3 bodies stream, so the declared x-amz-content-sha256 is
    /// what the signature covers and the body is checked against it as it is stored.
    /// </summary>
    public Principal Authenticate(AwsHttpRequest request, JsonObject state, out SigV4Authorization auth, SigV4Options options,
        string? payloadHash) => Authenticate(request, null, state, out auth, options, payloadHash);

    private Principal Authenticate(AwsHttpRequest request, SigV4Authorization? parsed, JsonObject state, out SigV4Authorization auth,
        SigV4Options options, string? payloadHash)
    {
        if (parsed is null)
        {
            if (!SigV4Authorization.IsSigV4(request))
                throw new LocalServiceException("MissingAuthenticationToken", "Request is missing Authentication Token", 403);
            if (!SigV4Authorization.TryParse(request, out parsed, out var error))
                throw new LocalServiceException("IncompleteSignature", error, 400);
        }
        auth = parsed;
        if (!auth.SignedHeaders.Contains("host"))
            throw new LocalServiceException("IncompleteSignature", "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        if (auth.IsPresigned && auth.Expires > MaxPresignedLifetime)
            throw new LocalServiceException("AuthorizationQueryParametersError",
                "X-Amz-Expires must be less than a week (in seconds) that is 604800");

        var now = clock.GetUtcNow();
        var identity = Lookup(state, auth, now);
        CheckTime(auth, now);
        CheckSignature(request, auth, identity.Secret, options, payloadHash);
        return identity.Principal;
    }

    private sealed record Identity(Principal Principal, string Secret);

    private static Identity Lookup(JsonObject state, SigV4Authorization auth, DateTimeOffset now)
    {
        var invalid = new LocalServiceException("InvalidClientTokenId", "The security token included in the request is invalid.", 403);
        if (state["accessKeys"]?[auth.AccessKeyId] is JsonObject key)
        {
            if (key.Str("status") != "Active") throw invalid;
            var account = key.Str("account")!;
            var secret = key.Str("secret")!;
            if (key.Str("userName") is not { } userName)
                return new(new Principal
                {
                    Kind = PrincipalKind.Root, AccountId = account, Arn = $"arn:aws:iam::{account}:root",
                    PrincipalArn = $"arn:aws:iam::{account}:root", UserId = account, AccessKeyId = auth.AccessKeyId,
                }, secret);
            var user = state["accounts"]?[account]?["users"]?[userName] as JsonObject ?? throw invalid;
            return new(UserPrincipal(user, account, auth.AccessKeyId), secret);
        }
        if (state["sessions"]?[auth.AccessKeyId] is JsonObject session)
        {
            if (auth.SecurityToken is null || !FixedTimeEquals(auth.SecurityToken, session.Str("token") ?? ""))
                throw invalid;
            if (DateTimeOffset.Parse(session.Str("expiration")!, System.Globalization.CultureInfo.InvariantCulture) <= now)
                throw new LocalServiceException("ExpiredToken", "The security token included in the request is expired", 403);
            return new(SessionPrincipal(session, auth.AccessKeyId), session.Str("secret")!);
        }
        throw invalid;
    }

    public static Principal UserPrincipal(JsonObject user, string account, string accessKeyId) => new()
    {
        Kind = PrincipalKind.User, AccountId = account, Arn = user.Str("Arn")!, PrincipalArn = user.Str("Arn")!,
        UserId = user.Str("UserId")!, UserName = user.Str("UserName"), AccessKeyId = accessKeyId,
    };

    private static Principal SessionPrincipal(JsonObject session, string accessKeyId)
    {
        var account = session.Str("account")!;
        var issued = DateTimeOffset.Parse(session.Str("issued")!, System.Globalization.CultureInfo.InvariantCulture);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (session["tags"] is JsonObject t) foreach (var (k, v) in t) tags[k] = v?.ToString() ?? "";
        var common = new Principal
        {
            Kind = PrincipalKind.User, AccountId = account, Arn = "", UserId = "", AccessKeyId = accessKeyId,
            IsTemporary = true, MfaAuthenticated = session["mfa"]?.GetValue<bool>() == true, TokenIssueTime = issued,
            SessionTags = tags,
        };
        return session.Str("kind") switch
        {
            "assumed-role" => common with
            {
                Kind = PrincipalKind.AssumedRole,
                Arn = $"arn:aws:sts::{account}:assumed-role/{session.Str("roleName")}/{session.Str("sessionName")}",
                PrincipalArn = session.Str("roleArn")!,
                UserId = $"{session.Str("roleId")}:{session.Str("sessionName")}",
                RoleName = session.Str("roleName"), SessionName = session.Str("sessionName"),
                SessionPolicy = session.Str("sessionPolicy"),
                SessionPolicyArns = session["sessionPolicyArns"] is JsonArray arns ? [.. arns.Select(a => a?.ToString() ?? "")] : [],
                FederatedProvider = session.Str("federatedProvider"),
            },
            "federated-user" => common with
            {
                Kind = PrincipalKind.FederatedUser,
                Arn = $"arn:aws:sts::{account}:federated-user/{session.Str("federatedName")}",
                PrincipalArn = $"arn:aws:sts::{account}:federated-user/{session.Str("federatedName")}",
                UserId = $"{account}:{session.Str("federatedName")}",
                UserName = session.Str("userName"), ParentUserArn = session.Str("userArn"),
                SessionPolicy = session.Str("sessionPolicy"),
                SessionPolicyArns = session["sessionPolicyArns"] is JsonArray fedArns ? [.. fedArns.Select(a => a?.ToString() ?? "")] : [],
            },
            "root-session" => common with
            {
                Kind = PrincipalKind.Root, Arn = $"arn:aws:iam::{account}:root", PrincipalArn = $"arn:aws:iam::{account}:root",
                UserId = account,
            },
            _ => common with
            {
                Arn = session.Str("userArn")!, PrincipalArn = session.Str("userArn")!, UserId = session.Str("userId")!,
                UserName = session.Str("userName"),
            },
        };
    }

    private void CheckTime(SigV4Authorization auth, DateTimeOffset now)
    {
        switch (SigV4Verifier.CheckTime(auth, now))
        {
            case SigV4TimeStatus.Expired:
                throw new LocalServiceException("RequestExpired", "Request has expired", 403);
            case SigV4TimeStatus.TooSkewed when auth.SigningTime < now:
                throw new LocalServiceException("RequestExpired",
                    $"Signature expired: {auth.AmzDate} is now earlier than {Format(now - SigV4Verifier.DefaultMaxSkew)} ({Format(now)} - 15 min.)", 403);
            case SigV4TimeStatus.TooSkewed or SigV4TimeStatus.NotYetValid:
                throw new LocalServiceException("SignatureDoesNotMatch",
                    $"Signature not yet current: {auth.AmzDate} is still later than {Format(now + SigV4Verifier.DefaultMaxSkew)} ({Format(now)} + 15 min.)", 403);
        }
    }

    private static string Format(DateTimeOffset t) => SigV4Scope.FormatAmzDate(t);

    private void CheckSignature(AwsHttpRequest request, SigV4Authorization auth, string secret, SigV4Options options, string? declaredHash)
    {
        if (declaredHash is not null)
        {
            var result = SigV4Verifier.Verify(request, auth, secret, options, declaredHash, _keys);
            if (result.IsValid) return;
            throw SignatureMismatch(result);
        }
        var bodyHash = PayloadHash.Compute(request);
        var claimed = request.Headers[SigV4Constants.ContentSha256Header];
        if (claimed is { Length: > 0 } && claimed != SigV4Constants.UnsignedPayload && claimed != bodyHash)
            throw new LocalServiceException("XAmzContentSHA256Mismatch",
                "The provided 'x-amz-content-sha256' header does not match what was computed.");
        // botocore presigns with UNSIGNED-PAYLOAD; our presigner (and header signing) hash the body.
        string[] candidates = auth.IsPresigned ? [SigV4Constants.UnsignedPayload, bodyHash] : [claimed is { Length: > 0 } ? claimed : bodyHash];
        SigV4VerificationResult? last = null;
        foreach (var payloadHash in candidates)
        {
            last = SigV4Verifier.Verify(request, auth, secret, options, payloadHash, _keys);
            if (last.IsValid) return;
        }
        throw SignatureMismatch(last!);
    }

    private static LocalServiceException SignatureMismatch(SigV4VerificationResult last) =>
        new("SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key " +
            "and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'"
            + last.CanonicalRequest + "'\n\nThe String-to-Sign should have been\n'" + last.StringToSign + "'\n", 403);

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
