using Aws.Local.Policy.Context;
using Aws.Local.Policy.Matching;

namespace Aws.Local.Policy.Evaluation;

/// <summary>
/// AWS's policy evaluation logic (Organizations policies excluded):
/// <list type="number">
/// <item>An applicable Deny in any policy type is final (explicit deny).</item>
/// <item>The account root user is allowed everything in its own account.</item>
/// <item>Same account: a resource-based Allow naming the caller (user ARN, session ARN, "*") is final; one naming
/// the role behind a session is still limited by the permissions boundary and session policies; one naming only the
/// account delegates to identity-based policies.</item>
/// <item>Otherwise an identity-based Allow is needed, and the permissions boundary and session policies (when
/// present) must allow too.</item>
/// <item>Cross-account (resource owned by another account), the resource-based policy must also allow.</item>
/// </list>
/// </summary>
public static class PolicyEvaluator
{
    public static AuthorizationResult Evaluate(AuthorizationRequest request)
    {
        var context = request.Context;
        var keys = request.Keys ?? context.BuildKeys();
        var missing = new List<string>();
        var principal = context.Principal;
        var type = principal?.Type ?? PrincipalType.Anonymous;

        // The root user and non-IAM callers have no identity-based, boundary or session policies.
        bool hasIdentity = type is not (PrincipalType.Root or PrincipalType.Service or PrincipalType.Anonymous);
        var identity = hasIdentity ? Layer(PolicyLayer.Identity, request.IdentityPolicies) : LayerResult.Empty;
        var boundary = hasIdentity && request.PermissionsBoundary is { } pb
            ? Layer(PolicyLayer.PermissionsBoundary, [pb])
            : LayerResult.Empty;
        var session = hasIdentity ? Layer(PolicyLayer.Session, request.SessionPolicies) : LayerResult.Empty;
        var resource = Layer(PolicyLayer.Resource, request.ResourcePolicies);

        var matched = new List<MatchedStatement>();
        foreach (var l in new[] { identity, resource, boundary, session })
        {
            matched.AddRange(l.Denies);
            matched.AddRange(l.Allows);
        }
        bool? boundaryAllows = boundary.Present ? boundary.Allowed : null;

        AuthorizationResult Result(PolicyDecision decision, DenialReason reason, PolicyLayer? layer,
            IReadOnlyList<MatchedStatement> deciding, bool root = false) => new()
            {
                Decision = decision,
                Reason = reason,
                DenyingLayer = layer,
                DecidingStatements = deciding,
                MatchedStatements = matched,
                MissingContextKeys = missing,
                AllowedByPermissionsBoundary = boundaryAllows,
                AllowedAsRoot = root,
            };
        AuthorizationResult Deny(DenialReason reason, PolicyLayer layer, IReadOnlyList<MatchedStatement>? deciding = null) =>
            Result(deciding is null ? PolicyDecision.ImplicitDeny : PolicyDecision.ExplicitDeny, reason, layer, deciding ?? []);
        AuthorizationResult Allow(IReadOnlyList<MatchedStatement> deciding) =>
            Result(PolicyDecision.Allowed, DenialReason.None, null, deciding);

        // 1. Explicit deny anywhere.
        if (identity.Denied)
            return Deny(DenialReason.ExplicitDenyInIdentityPolicy, PolicyLayer.Identity, identity.Denies);
        if (resource.Denied)
            return Deny(DenialReason.ExplicitDenyInResourcePolicy, PolicyLayer.Resource, resource.Denies);
        if (boundary.Denied)
            return Deny(DenialReason.ExplicitDenyInPermissionsBoundary, PolicyLayer.PermissionsBoundary, boundary.Denies);
        if (session.Denied)
            return Deny(DenialReason.ExplicitDenyInSessionPolicy, PolicyLayer.Session, session.Denies);

        var resourceMatch = resource.BestAllowMatch;
        bool crossAccount = principal is not null && context.ResourceAccount is { } owner && owner != principal.AccountId;

        // 2. Callers outside IAM (services, anonymous) need the resource-based policy.
        if (!hasIdentity && type != PrincipalType.Root)
        {
            return resourceMatch != PrincipalMatchKind.None
                ? Allow(resource.Allows)
                : Deny(DenialReason.NoResourcePolicyAllows, PolicyLayer.Resource);
        }

        // 3. The root user: everything in its own account; another account's resource policy must allow.
        if (type == PrincipalType.Root)
        {
            if (!crossAccount)
                return Result(PolicyDecision.Allowed, DenialReason.None, null, [], root: true);
            return resourceMatch != PrincipalMatchKind.None
                ? Allow(resource.Allows)
                : Deny(DenialReason.NoResourcePolicyAllows, PolicyLayer.Resource);
        }

        if (!crossAccount)
        {
            // 4. Same account: resource-based allows combine with identity-based ones (union).
            if (resourceMatch is PrincipalMatchKind.Direct or PrincipalMatchKind.Wildcard)
                return Allow(resource.Allows);
            if (resourceMatch == PrincipalMatchKind.Role)
                return Limits(boundary, session) ?? Allow(resource.Allows);
            if (request.ResourcePolicyRequired && resourceMatch == PrincipalMatchKind.None)
                return Deny(DenialReason.NoResourcePolicyAllows, PolicyLayer.Resource);
            if (!identity.Allowed)
                return Deny(DenialReason.NoIdentityPolicyAllows, PolicyLayer.Identity);
            return Limits(boundary, session) ?? Allow(identity.Allows);
        }

        // 5. Cross-account: both sides must allow.
        if (!identity.Allowed)
            return Deny(DenialReason.NoIdentityPolicyAllows, PolicyLayer.Identity);
        if (Limits(boundary, session) is { } limited)
            return limited;
        if (resourceMatch == PrincipalMatchKind.None)
            return Deny(DenialReason.NoResourcePolicyAllows, PolicyLayer.Resource);
        return Allow([.. identity.Allows, .. resource.Allows]);

        LayerResult Layer(PolicyLayer layer, IReadOnlyList<PolicySource> sources) =>
            LayerResult.Evaluate(layer, sources, context, keys, missing);

        // A present boundary or session policy that does not allow limits the grant (implicit deny).
        AuthorizationResult? Limits(LayerResult b, LayerResult s)
        {
            if (b.Present && !b.Allowed)
                return Deny(DenialReason.NoPermissionsBoundaryAllows, PolicyLayer.PermissionsBoundary);
            if (s.Present && !s.Allowed)
                return Deny(DenialReason.NoSessionPolicyAllows, PolicyLayer.Session);
            return null;
        }
    }

    /// <summary>Shorthand: only identity-based policies.</summary>
    public static AuthorizationResult Evaluate(RequestContext context, params IReadOnlyList<PolicySource> identityPolicies) =>
        Evaluate(new AuthorizationRequest { Context = context, IdentityPolicies = identityPolicies });
}
