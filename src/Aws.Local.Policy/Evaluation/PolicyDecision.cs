namespace Aws.Local.Policy.Evaluation;

/// <summary>The final decision; <see cref="PolicyDecisionExtensions.ToApiValue"/> gives IAM's EvalDecision.</summary>
public enum PolicyDecision
{
    Allowed,
    ExplicitDeny,
    ImplicitDeny,
}

public static class PolicyDecisionExtensions
{
    /// <summary>"allowed" | "explicitDeny" | "implicitDeny".</summary>
    public static string ToApiValue(this PolicyDecision decision) => decision switch
    {
        PolicyDecision.Allowed => "allowed",
        PolicyDecision.ExplicitDeny => "explicitDeny",
        _ => "implicitDeny",
    };
}
