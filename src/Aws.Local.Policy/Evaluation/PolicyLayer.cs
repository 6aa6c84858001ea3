namespace Aws.Local.Policy.Evaluation;

/// <summary>The policy types the evaluation logic distinguishes.</summary>
public enum PolicyLayer
{
    /// <summary>Identity-based: user inline/managed, group, role policies.</summary>
    Identity,

    /// <summary>Resource-based: bucket policies, role trust policies, ...</summary>
    Resource,

    PermissionsBoundary,

    Session,
}
