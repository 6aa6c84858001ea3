using Aws.Local.Policy.Context;
using Aws.Local.Policy.Evaluation;

namespace Aws.Local.Policy.Simulation;

/// <summary>The inputs of iam:SimulateCustomPolicy / iam:SimulatePrincipalPolicy.</summary>
public sealed class SimulationRequest
{
    /// <summary>Identity-based policies: PolicyInputList, or the principal's policies (plus PolicyInputList).</summary>
    public IReadOnlyList<PolicySource> Policies { get; init; } = [];

    /// <summary>PermissionsBoundaryPolicyInputList (at most one is used), or the principal's boundary.</summary>
    public PolicySource? PermissionsBoundary { get; init; }

    /// <summary>ResourcePolicy, when given.</summary>
    public PolicySource? ResourcePolicy { get; init; }

    public required IReadOnlyList<string> ActionNames { get; init; }

    /// <summary>ResourceArns; IAM simulates against "*" when none are given.</summary>
    public IReadOnlyList<string> ResourceArns { get; init; } = ["*"];

    public IReadOnlyList<ContextEntry> ContextEntries { get; init; } = [];

    /// <summary>
    /// The simulated caller (SimulatePrincipalPolicy's user/role, or a principal parsed from CallerArn). Its
    /// principal-derived keys (aws:username, ...) are added to the context; null simulates an unnamed caller.
    /// </summary>
    public PrincipalInfo? Caller { get; init; }

    /// <summary>ResourceOwner: the account that owns the resources (enables cross-account rules with a ResourcePolicy).</summary>
    public string? ResourceOwner { get; init; }
}
