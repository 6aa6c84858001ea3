namespace Aws.Local.Auth;

/// <summary>What kind of identity signed a request.</summary>
public enum PrincipalKind { Root, User, AssumedRole }

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

    /// <summary>The principal ARN policies match (for an assumed role: the role's ARN is aws:PrincipalArn).</summary>
    public string PrincipalArn { get; init; } = "";
}
