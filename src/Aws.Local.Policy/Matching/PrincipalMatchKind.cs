namespace Aws.Local.Policy.Matching;

/// <summary>
/// How a resource-based policy's Principal names the caller; it decides which implicit denies a same-account
/// allow can override (see <see cref="Evaluation.PolicyEvaluator"/>). Ordered weakest to strongest.
/// </summary>
public enum PrincipalMatchKind
{
    /// <summary>The statement does not name the caller.</summary>
    None,

    /// <summary>Names the caller's account (account id or :root ARN): permission is delegated to the account's IAM policies.</summary>
    Account,

    /// <summary>Names the role behind a role session (or the IAM user behind a federated session).</summary>
    Role,

    /// <summary><c>"*"</c> or <c>{"AWS": "*"}</c>: everyone.</summary>
    Wildcard,

    /// <summary>Names the caller itself: user ARN, session ARN, service or federated provider.</summary>
    Direct,
}
