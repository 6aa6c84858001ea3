using Aws.Local.Policy.Context;

namespace Aws.Local.Policy.Evaluation;

/// <summary>One request to authorize, with every policy that applies to it.</summary>
public sealed class AuthorizationRequest
{
    public required RequestContext Context { get; init; }

    /// <summary>The caller's identity-based policies: user inline + managed, group inline + managed, or role policies.</summary>
    public IReadOnlyList<PolicySource> IdentityPolicies { get; init; } = [];

    /// <summary>The user's or role's permissions boundary, if one is set.</summary>
    public PolicySource? PermissionsBoundary { get; init; }

    /// <summary>Session policies passed to AssumeRole/GetFederationToken. Empty means no session policy.</summary>
    public IReadOnlyList<PolicySource> SessionPolicies { get; init; } = [];

    /// <summary>Resource-based policies on the resource (bucket policy, role trust policy, ...).</summary>
    public IReadOnlyList<PolicySource> ResourcePolicies { get; init; } = [];

    /// <summary>
    /// True when the resource policy must allow even within the account: a role trust policy for
    /// sts:AssumeRole. (Within an account a trust policy naming the account still needs an identity allow.)
    /// </summary>
    public bool ResourcePolicyRequired { get; init; }

    /// <summary>The condition context to use instead of <see cref="RequestContext.BuildKeys"/> (the simulator sets it).</summary>
    public ContextKeyMap? Keys { get; init; }
}
