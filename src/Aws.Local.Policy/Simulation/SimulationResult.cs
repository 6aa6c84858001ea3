using Aws.Local.Policy.Documents;

namespace Aws.Local.Policy.Simulation;

/// <summary>One EvaluationResults item (one action × one resource).</summary>
public sealed class SimulationResult
{
    public required string EvalActionName { get; init; }
    public required string EvalResourceName { get; init; }

    /// <summary>"allowed" | "explicitDeny" | "implicitDeny".</summary>
    public required string EvalDecision { get; init; }

    public IReadOnlyList<SimulatedStatement> MatchedStatements { get; init; } = [];

    /// <summary>Context keys the relevant statements use that the request did not supply.</summary>
    public IReadOnlyList<string> MissingContextValues { get; init; } = [];

    /// <summary>PermissionsBoundaryDecisionDetail.AllowedByPermissionsBoundary; null without a boundary.</summary>
    public bool? AllowedByPermissionsBoundary { get; init; }

    /// <summary>EvalDecisionDetails for simulations with a resource policy: "IAM Policy" / "Resource Policy" -> decision.</summary>
    public IReadOnlyDictionary<string, string> EvalDecisionDetails { get; init; } = new Dictionary<string, string>();

    /// <summary>The full evaluation, for callers that need more than the API shape.</summary>
    public Evaluation.AuthorizationResult? Evaluation { get; init; }
}

/// <summary>A MatchedStatements item.</summary>
public sealed record SimulatedStatement(string SourcePolicyId, string SourcePolicyType, TextPosition StartPosition,
    TextPosition EndPosition);
