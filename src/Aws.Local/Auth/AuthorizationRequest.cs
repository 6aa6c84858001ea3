namespace Aws.Local.Auth;

/// <summary>
/// Everything needed to decide one request: who, what action ("iam:CreateUser"), on which resource ARNs,
/// the request context keys (aws:username, aws:SourceIp, sts:ExternalId, ...; several values per key), and the
/// policies that apply. The host gathers the policies so authorizers stay pure functions of this record.
/// </summary>
public sealed record AuthorizationRequest
{
    public required Principal Principal { get; init; }
    public required string Action { get; init; }
    public required IReadOnlyList<string> Resources { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Context { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
    /// <summary>Identity-based policies of the principal (user inline + managed + groups', or the role's).</summary>
    public IReadOnlyList<PolicyDocument> IdentityPolicies { get; init; } = [];
    /// <summary>The resource-based policy (a role trust policy for sts:AssumeRole), if the resource has one.</summary>
    public PolicyDocument? ResourcePolicy { get; init; }
    /// <summary>The account that owns the resource (for resource policies naming an account).</summary>
    public string? ResourceAccountId { get; init; }
    public PolicyDocument? PermissionsBoundary { get; init; }
    public IReadOnlyList<PolicyDocument> SessionPolicies { get; init; } = [];
}
