using Aws.Local.Policy.Context;
using Aws.Local.Policy.Evaluation;
using Engine = Aws.Local.Policy.Evaluation;
using PolicyContext = Aws.Local.Policy.Context.RequestContext;

namespace Aws.Local.Auth;

/// <summary>
/// The host's authorizer on the real policy engine (Aws.Local.Policy): translates the host's request (principal,
/// action, resources, context keys, gathered policies) into an engine request per resource and reports the first
/// denial with AWS's AccessDenied message. Stored documents that no longer parse are skipped, never fatal.
/// </summary>
public sealed class PolicyEngineAuthorizer : IAuthorizer
{
    public AuthorizationResult Authorize(AuthorizationRequest request)
    {
        var principal = ToPrincipalInfo(request.Principal);
        var identity = Sources(request.IdentityPolicies);
        var boundary = request.PermissionsBoundary is { } b ? Source(b) : null;
        var session = Sources(request.SessionPolicies);
        var resourcePolicies = request.ResourcePolicy is { } rp && Source(rp) is { } parsed ? [parsed] : Array.Empty<PolicySource>();
        // A role whose trust policy cannot be read can still not be assumed: the trust policy is required either way.
        var trustRequired = IsAssumeRole(request.Action) && request.ResourcePolicy is not null;
        // AWS refuses role assumption with root credentials before looking at any policy.
        if (trustRequired && request.Principal.Kind == PrincipalKind.Root)
            return new AuthorizationResult(AuthorizationDecision.ImplicitDeny) { Message = "Roles may not be assumed by root accounts." };
        var keys = new ContextKeyMap(request.Context);
        AuthorizationResult? allowed = null;
        foreach (var resource in request.Resources.Count == 0 ? ["*"] : request.Resources)
        {
            var context = new PolicyContext
            {
                Principal = principal, Action = request.Action, Resource = resource,
                ResourceAccount = request.ResourceAccountId, Keys = keys,
            };
            var result = PolicyEvaluator.Evaluate(new Engine.AuthorizationRequest
            {
                Context = context, IdentityPolicies = identity, PermissionsBoundary = boundary, SessionPolicies = session,
                ResourcePolicies = resourcePolicies, ResourcePolicyRequired = trustRequired,
            });
            if (!result.IsAllowed)
            {
                var decision = result.Decision == PolicyDecision.ExplicitDeny ? AuthorizationDecision.ExplicitDeny : AuthorizationDecision.ImplicitDeny;
                var deciding = result.DecidingStatements.Count > 0 ? result.DecidingStatements[0] : null;
                return new AuthorizationResult(decision, deciding?.Source.Id, null, result.DenyingLayer?.ToString())
                {
                    Message = Message(context, result),
                };
            }
            allowed ??= new AuthorizationResult(AuthorizationDecision.Allow,
                result.AllowedAsRoot ? "root" : result.DecidingStatements.FirstOrDefault()?.Source.Id);
        }
        return allowed!;
    }

    private static bool IsAssumeRole(string action) =>
        action.Equals("sts:AssumeRole", StringComparison.OrdinalIgnoreCase)
        || action.Equals("sts:AssumeRoleWithWebIdentity", StringComparison.OrdinalIgnoreCase)
        || action.Equals("sts:AssumeRoleWithSAML", StringComparison.OrdinalIgnoreCase);

    // STS still answers implicit denials without the reason IAM and other services append.
    // Federated callers are told only "Not authorized to perform sts:AssumeRoleWithWebIdentity", as AWS answers them.
    private static string Message(PolicyContext context, Engine.AuthorizationResult result) =>
        context.Principal?.FederatedProvider is not null && context.Principal.Type == PrincipalType.FederatedUser && context.Principal.ParentUserArn is null
            ? $"Not authorized to perform {context.Action}"
        : result.Decision == PolicyDecision.ImplicitDeny && context.Action.StartsWith("sts:", StringComparison.OrdinalIgnoreCase)
            ? AccessDeniedMessage.Format(context.Principal?.Arn ?? "anonymous", context.Action, context.Resource, DenialReason.None)
            : AccessDeniedMessage.Format(context, result, includePolicyArn: true);

    /// <summary>The engine's view of the authenticated caller.</summary>
    public static PrincipalInfo ToPrincipalInfo(Principal p) => p.Kind switch
    {
        PrincipalKind.Root => PrincipalInfo.Root(p.AccountId),
        PrincipalKind.User => new PrincipalInfo
        {
            Arn = p.Arn, AccountId = p.AccountId, Type = PrincipalType.User, UserName = p.UserName, UserId = p.UserId,
            Tags = p.SessionTags,
        },
        // GetFederationToken sessions: a trust policy naming the parent user matches them as the role behind a session.
        PrincipalKind.FederatedUser => new PrincipalInfo
        {
            Arn = p.Arn, AccountId = p.AccountId, Type = PrincipalType.FederatedUser, UserId = p.UserId, ParentUserArn = p.ParentUserArn,
            Tags = p.SessionTags,
        },
        // The bearer of a web identity token or SAML assertion: matched by a trust policy's "Federated" principal only.
        PrincipalKind.WebIdentity => new PrincipalInfo
        {
            Arn = p.Arn, AccountId = p.AccountId, Type = PrincipalType.FederatedUser, UserId = p.UserId, FederatedProvider = p.FederatedProvider,
        },
        PrincipalKind.Anonymous => PrincipalInfo.Anonymous(),
        _ => new PrincipalInfo
        {
            Arn = p.Arn, AccountId = p.AccountId, Type = PrincipalType.AssumedRole, UserId = p.UserId,
            RoleArn = string.IsNullOrEmpty(p.PrincipalArn) ? null : p.PrincipalArn, Tags = p.SessionTags,
        },
    };

    private static PolicySource[] Sources(IEnumerable<PolicyDocument> documents) =>
        [.. documents.Select(Source).OfType<PolicySource>()];

    /// <summary>The engine's parsed policy, with the source id and type the simulator and messages report.</summary>
    public static PolicySource? Source(PolicyDocument document)
    {
        var (type, arn) = SourceType(document);
        return ParsedPolicyCache.Shared.Get(document.Document.ToJsonString()) is { } parsed
            ? new PolicySource(SourceName(document.SourceId), parsed, type, arn)
            : null;
    }

    private static (PolicySourceType Type, string? Arn) SourceType(PolicyDocument document)
    {
        var id = document.SourceId;
        if (document.Kind == "resource") return (PolicySourceType.Resource, null);
        if (id.StartsWith("arn:aws:iam::aws:policy/", StringComparison.Ordinal)) return (PolicySourceType.AwsManaged, id);
        if (id.StartsWith("arn:", StringComparison.Ordinal)) return (PolicySourceType.UserManaged, id);
        if (id.StartsWith("user/", StringComparison.Ordinal)) return (PolicySourceType.User, null);
        if (id.StartsWith("group/", StringComparison.Ordinal)) return (PolicySourceType.Group, null);
        if (id.StartsWith("role/", StringComparison.Ordinal)) return (PolicySourceType.Role, null);
        return (PolicySourceType.None, null);
    }

    // "user/bob/inline/P" -> "P"; a managed policy ARN -> its name, as IAM's SourcePolicyId shows them.
    private static string SourceName(string id)
    {
        var inline = id.IndexOf("/inline/", StringComparison.Ordinal);
        if (inline >= 0) return id[(inline + "/inline/".Length)..];
        return id.StartsWith("arn:", StringComparison.Ordinal) ? id[(id.LastIndexOf('/') + 1)..] : id;
    }
}
