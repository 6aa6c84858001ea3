namespace Aws.Local.Policy.Evaluation;

/// <summary>The outcome of <see cref="PolicyEvaluator.Evaluate"/>.</summary>
public sealed class AuthorizationResult
{
    public required PolicyDecision Decision { get; init; }

    /// <summary>Why it was denied (<see cref="DenialReason.None"/> when allowed).</summary>
    public DenialReason Reason { get; init; }

    /// <summary>The policy type that denied: where the explicit deny was, or which type lacked an allow.</summary>
    public PolicyLayer? DenyingLayer { get; init; }

    /// <summary>The statements that decided: the Deny statements of the denying layer, or the Allow statements that granted.</summary>
    public IReadOnlyList<MatchedStatement> DecidingStatements { get; init; } = [];

    /// <summary>Every statement that applied, Allow and Deny, in all layers.</summary>
    public IReadOnlyList<MatchedStatement> MatchedStatements { get; init; } = [];

    /// <summary>Condition keys the applicable statements referenced that the context did not have.</summary>
    public IReadOnlyList<string> MissingContextKeys { get; init; } = [];

    /// <summary>Null when there was no boundary; otherwise whether the boundary allowed the action.</summary>
    public bool? AllowedByPermissionsBoundary { get; init; }

    /// <summary>True when the caller is the account root user acting in its own account.</summary>
    public bool AllowedAsRoot { get; init; }

    public bool IsAllowed => Decision == PolicyDecision.Allowed;

    /// <summary>The managed policy ARN behind an explicit deny, for AWS's "...: arn" message suffix.</summary>
    public string? DenyingPolicyArn =>
        Decision == PolicyDecision.ExplicitDeny && DecidingStatements.Count > 0 ? DecidingStatements[0].Source.Arn : null;
}
