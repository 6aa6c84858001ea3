namespace Aws.Local.Auth;

/// <summary>The decision and, when a statement decided it, which one ("identity:arn:aws:iam::aws:policy/X#0").</summary>
public sealed record AuthorizationResult(AuthorizationDecision Decision, string? MatchedPolicy = null, int? MatchedStatement = null,
    string? DeniedBy = null)
{
    public bool IsAllowed => Decision == AuthorizationDecision.Allow;

    /// <summary>The AccessDenied message the authorizer worked out (the policy engine sets it); wins over the default.</summary>
    public string? Message { get; init; }

    public static AuthorizationResult Allowed(string policy, int statement) => new(AuthorizationDecision.Allow, policy, statement);

    public static readonly AuthorizationResult Implicit = new(AuthorizationDecision.ImplicitDeny);

    /// <summary>
    /// AWS's AccessDenied message: "User: ARN is not authorized to perform: ACTION on resource: ARN because no
    /// identity-based policy allows the ACTION action", or "... with an explicit deny in a(n) KIND policy".
    /// </summary>
    public string DenialMessage(AuthorizationRequest request)
    {
        if (Message is not null) return Message;
        var resource = request.Resources.Count > 0 ? request.Resources[0] : "*";
        var head = $"User: {request.Principal.Arn} is not authorized to perform: {request.Action} on resource: {resource}";
        return Decision switch
        {
            AuthorizationDecision.ExplicitDeny => $"{head} with an explicit deny in {DeniedBy ?? "an identity-based policy"}",
            _ when request.ResourcePolicy is not null && request.Action == "sts:AssumeRole" => head,
            _ => $"{head} because no identity-based policy allows the {request.Action} action",
        };
    }
}
