namespace Aws.Local.Auth;

/// <summary>What kind of identity signed a request.</summary>
public enum PrincipalKind
{
    Root,
    User,
    /// <summary>A role session (AssumeRole, AssumeRoleWithWebIdentity, AssumeRoleWithSAML).</summary>
    AssumedRole,
    /// <summary>A GetFederationToken session: the IAM user's policies intersected with the session policy.</summary>
    FederatedUser,
    /// <summary>An unsigned request (only the STS operations AWS serves without credentials get past the host).</summary>
    Anonymous,
    /// <summary>The bearer of a verified web identity token or SAML assertion, as a role's trust policy sees it.</summary>
    WebIdentity,
}

/// <summary>
/// The authenticated caller. <see cref="Arn"/> is what GetCallerIdentity and denial messages show
/// (arn:aws:iam::ACCT:root, arn:aws:iam::ACCT:user/NAME, arn:aws:sts::ACCT:assumed-role/ROLE/SESSION).
/// </summary>
public sealed record Principal
{
    public required PrincipalKind Kind { get; init; }
    public required string AccountId { get; init; }
    public required string Arn { get; init; }
    /// <summary>AIDA... for users, "AROA...:session" for roles, the account id for root.</summary>
    public required string UserId { get; init; }
    public required string AccessKeyId { get; init; }
    /// <summary>The IAM user's name (also for GetSessionToken credentials of that user).</summary>
    public string? UserName { get; init; }
    public string? RoleName { get; init; }
    public string? SessionName { get; init; }
    /// <summary>True for ASIA... credentials from STS.</summary>
    public bool IsTemporary { get; init; }
    /// <summary>True when the temporary credentials were issued after an MFA check.</summary>
    public bool MfaAuthenticated { get; init; }
    /// <summary>When the temporary credentials were issued (aws:TokenIssueTime).</summary>
    public DateTimeOffset? TokenIssueTime { get; init; }
    /// <summary>A session policy given to AssumeRole, which further limits the session.</summary>
    public string? SessionPolicy { get; init; }
    /// <summary>Managed session policies given to AssumeRole as PolicyArns.</summary>
    public IReadOnlyList<string> SessionPolicyArns { get; init; } = [];
    public IReadOnlyDictionary<string, string> SessionTags { get; init; } = new Dictionary<string, string>();

    /// <summary>For web-identity and SAML callers and sessions: the provider ARN (trust policy "Federated" principal).</summary>
    public string? FederatedProvider { get; init; }

    /// <summary>For federated users: the ARN of the IAM user that called GetFederationToken.</summary>
    public string? ParentUserArn { get; init; }

    /// <summary>The unauthenticated caller of AssumeRoleWithWebIdentity / AssumeRoleWithSAML.</summary>
    public static Principal Anonymous { get; } = new()
    {
        Kind = PrincipalKind.Anonymous, AccountId = "", Arn = "anonymous", PrincipalArn = "anonymous", UserId = "anonymous", AccessKeyId = "",
    };

    /// <summary>The principal ARN policies match (for an assumed role: the role's ARN is aws:PrincipalArn).</summary>
    public string PrincipalArn { get; init; } = "";
}
