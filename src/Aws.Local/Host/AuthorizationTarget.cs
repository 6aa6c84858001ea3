using Aws.Local.Auth;

namespace Aws.Local.Host;

/// <summary>The resource side of an authorization question.</summary>
public sealed record AuthorizationTarget(IReadOnlyList<string> Resources)
{
    public PolicyDocument? ResourcePolicy { get; init; }
    public string? ResourceAccountId { get; init; }
    /// <summary>Service-specific context keys (sts:ExternalId, iam:PolicyARN, ...).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ContextKeys { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Skip authorization entirely (sts:GetCallerIdentity, as AWS documents).</summary>
    public bool Unauthorized { get; init; }
    /// <summary>Allowed unless a policy explicitly denies it (sts:GetSessionToken needs no permission, as AWS documents).</summary>
    public bool AllowedUnlessDenied { get; init; }
    /// <summary>The IAM action when it is not "service:Operation" (S3: ListObjectsV2 is s3:ListBucket).</summary>
    public string? Action { get; init; }

    /// <summary>Who the request is authorized as when not the signer: the bearer of a verified web identity token or SAML assertion.</summary>
    public Principal? Caller { get; init; }

    public static AuthorizationTarget Any { get; } = new(["*"]);
}
