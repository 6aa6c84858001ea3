using Aws.Local.Policy.Context;

namespace Aws.Local.Policy.Evaluation;

/// <summary>Formats AWS's AccessDenied messages for a denied request.</summary>
public static class AccessDeniedMessage
{
    /// <summary>
    /// "User: ARN is not authorized to perform: ACTION on resource: RESOURCE because no identity-based policy
    /// allows the ACTION action" and its siblings. <paramref name="policyArn"/> (a managed policy behind an
    /// explicit deny) is appended as AWS does: "... with an explicit deny in an identity-based policy: ARN".
    /// S3 writes the resource in double quotes (<paramref name="quoteResource"/>).
    /// </summary>
    public static string Format(string callerArn, string action, string resource, DenialReason reason,
        string? policyArn = null, bool quoteResource = false)
    {
        var shownResource = quoteResource ? $"\"{resource}\"" : resource;
        var head = $"User: {callerArn} is not authorized to perform: {action} on resource: {shownResource}";
        var tail = reason switch
        {
            DenialReason.ExplicitDenyInIdentityPolicy => " with an explicit deny in an identity-based policy",
            DenialReason.ExplicitDenyInResourcePolicy => " with an explicit deny in a resource-based policy",
            DenialReason.ExplicitDenyInPermissionsBoundary => " with an explicit deny in a permissions boundary",
            DenialReason.ExplicitDenyInSessionPolicy => " with an explicit deny in a session policy",
            DenialReason.NoIdentityPolicyAllows => $" because no identity-based policy allows the {action} action",
            DenialReason.NoResourcePolicyAllows => $" because no resource-based policy allows the {action} action",
            DenialReason.NoPermissionsBoundaryAllows => $" because no permissions boundary allows the {action} action",
            DenialReason.NoSessionPolicyAllows => $" because no session policy allows the {action} action",
            _ => "",
        };
        if (policyArn is not null && tail.StartsWith(" with an explicit deny", StringComparison.Ordinal))
            tail += ": " + policyArn;
        return head + tail;
    }

    /// <summary>The message for an evaluated request (caller ARN "anonymous" when there is no principal).</summary>
    public static string Format(RequestContext context, AuthorizationResult result, bool includePolicyArn = false,
        bool quoteResource = false) =>
        Format(context.Principal?.Arn ?? "anonymous", context.Action, context.Resource, result.Reason,
            includePolicyArn ? result.DenyingPolicyArn : null, quoteResource);
}
