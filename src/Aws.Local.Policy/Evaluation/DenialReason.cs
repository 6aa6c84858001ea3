namespace Aws.Local.Policy.Evaluation;

/// <summary>Why a request was denied; each maps to one of AWS's AccessDenied message endings.</summary>
public enum DenialReason
{
    /// <summary>Not denied.</summary>
    None,

    ExplicitDenyInIdentityPolicy,
    ExplicitDenyInResourcePolicy,
    ExplicitDenyInPermissionsBoundary,
    ExplicitDenyInSessionPolicy,
    NoIdentityPolicyAllows,
    NoResourcePolicyAllows,
    NoPermissionsBoundaryAllows,
    NoSessionPolicyAllows,
}
