using System.Text.Json.Nodes;

namespace Aws.Local.Auth;

/// <summary>
/// The interim authorizer: the account's root user may do anything; anyone else needs an identity-policy
/// statement whose Action (or NotAction) and Resource (or NotResource) match, and no matching Deny. Statements
/// with conditions count only when every condition uses an operator this class knows (String*, Bool, Null, with
/// IfExists); others are skipped. For sts:AssumeRole the role's trust policy must also allow the caller; a trust
/// policy naming the caller's ARN is enough on its own, as in AWS. The full engine replaces this class.
/// </summary>
public sealed class SimpleAuthorizer : IAuthorizer
{
    public AuthorizationResult Authorize(AuthorizationRequest request)
    {
        var principal = request.Principal;
        var resourcePolicyNamesCaller = false;
        if (request.ResourcePolicy is { } resourcePolicy)
        {
            var trust = Evaluate([resourcePolicy], request, checkPrincipal: true, out var namedCaller);
            if (trust.Decision != AuthorizationDecision.Allow) return trust;
            resourcePolicyNamesCaller = namedCaller;
        }
        var isRoot = principal.Kind == PrincipalKind.Root
                     && (request.ResourceAccountId is null || request.ResourceAccountId == principal.AccountId);
        if (isRoot) return new AuthorizationResult(AuthorizationDecision.Allow, "root");
        var identity = Evaluate(request.IdentityPolicies, request, checkPrincipal: false, out _);
        if (identity.Decision == AuthorizationDecision.ExplicitDeny) return identity;
        if (identity.Decision == AuthorizationDecision.Allow || resourcePolicyNamesCaller)
        {
            // A session policy (AssumeRole's Policy) can only narrow what the role allows.
            if (request.SessionPolicies.Count > 0)
            {
                var session = Evaluate(request.SessionPolicies, request, checkPrincipal: false, out _);
                if (session.Decision != AuthorizationDecision.Allow) return session;
            }
            return identity.Decision == AuthorizationDecision.Allow ? identity : new AuthorizationResult(AuthorizationDecision.Allow, "resource");
        }
        return identity;
    }

    private static AuthorizationResult Evaluate(IEnumerable<PolicyDocument> policies, AuthorizationRequest request,
        bool checkPrincipal, out bool namedCaller)
    {
        namedCaller = false;
        AuthorizationResult? allow = null;
        foreach (var policy in policies)
        {
            var index = 0;
            foreach (var statement in PolicyDocument.Statements(policy.Document))
            {
                var i = index++;
                if (!ActionMatches(statement, request.Action) || !ResourceMatches(statement, request.Resources)) continue;
                var principalMatch = PrincipalMatch.None;
                if (checkPrincipal && (principalMatch = MatchPrincipal(statement, request)) == PrincipalMatch.None) continue;
                if (!ConditionsHold(statement["Condition"] as JsonObject, request.Context)) continue;
                var effect = statement["Effect"]?.ToString();
                if (effect == "Deny")
                    return new AuthorizationResult(AuthorizationDecision.ExplicitDeny, policy.SourceId, i,
                        policy.Kind == "resource" ? "a resource-based policy" : "an identity-based policy");
                if (effect == "Allow")
                {
                    allow ??= AuthorizationResult.Allowed(policy.SourceId, i);
                    if (principalMatch == PrincipalMatch.Exact) namedCaller = true;
                }
            }
        }
        return allow ?? AuthorizationResult.Implicit;
    }

    private static bool ActionMatches(JsonObject statement, string action)
    {
        if (statement["Action"] is { } actions)
            return PolicyDocument.Strings(actions).Any(a => Wildcard.IsMatch(a, action, ignoreCase: true));
        if (statement["NotAction"] is { } notActions)
            return !PolicyDocument.Strings(notActions).Any(a => Wildcard.IsMatch(a, action, ignoreCase: true));
        return false;
    }

    private static bool ResourceMatches(JsonObject statement, IReadOnlyList<string> resources)
    {
        var targets = resources.Count == 0 ? ["*"] : resources;
        if (statement["Resource"] is { } patterns)
        {
            var list = PolicyDocument.Strings(patterns);
            return targets.All(r => list.Any(p => Wildcard.IsMatch(p, r)));
        }
        if (statement["NotResource"] is { } notPatterns)
        {
            var list = PolicyDocument.Strings(notPatterns);
            return targets.All(r => !list.Any(p => Wildcard.IsMatch(p, r)));
        }
        // Trust policies have no Resource element.
        return statement["Principal"] is not null || statement["NotPrincipal"] is not null;
    }

    private enum PrincipalMatch { None, Account, Exact }

    private static PrincipalMatch MatchPrincipal(JsonObject statement, AuthorizationRequest request)
    {
        var p = request.Principal;
        IReadOnlyList<string> values = statement["Principal"] switch
        {
            JsonValue v when v.ToString() == "*" => ["*"],
            JsonObject o => PolicyDocument.Strings(o["AWS"]),
            _ => [],
        };
        var best = PrincipalMatch.None;
        foreach (var value in values)
        {
            if (value == "*" || value == p.AccountId || value == $"arn:aws:iam::{p.AccountId}:root")
                best = best == PrincipalMatch.Exact ? best : PrincipalMatch.Account;
            else if (value == p.Arn || value == p.PrincipalArn)
                best = PrincipalMatch.Exact;
        }
        return best;
    }

    /// <summary>True when every condition holds; an operator this class does not know makes it false.</summary>
    private static bool ConditionsHold(JsonObject? conditions, IReadOnlyDictionary<string, IReadOnlyList<string>> context)
    {
        if (conditions is null) return true;
        foreach (var (op, block) in conditions)
        {
            if (block is not JsonObject keys) return false;
            var ifExists = op.EndsWith("IfExists", StringComparison.Ordinal);
            var name = ifExists ? op[..^"IfExists".Length] : op;
            foreach (var (key, expected) in keys)
            {
                var wanted = PolicyDocument.Strings(expected);
                var present = context.TryGetValue(key, out var actual) && actual.Count > 0;
                if (name == "Null")
                {
                    var wantNull = wanted.Any(w => w.Equals("true", StringComparison.OrdinalIgnoreCase));
                    if (wantNull == present) return false;
                    continue;
                }
                if (!present)
                {
                    if (ifExists) continue;
                    if (name is "StringNotEquals" or "StringNotLike") continue;
                    return false;
                }
                var ok = name switch
                {
                    "StringEquals" => actual!.Any(a => wanted.Contains(a, StringComparer.Ordinal)),
                    "StringNotEquals" => !actual!.Any(a => wanted.Contains(a, StringComparer.Ordinal)),
                    "StringEqualsIgnoreCase" => actual!.Any(a => wanted.Contains(a, StringComparer.OrdinalIgnoreCase)),
                    "StringLike" => actual!.Any(a => wanted.Any(w => Wildcard.IsMatch(w, a))),
                    "StringNotLike" => !actual!.Any(a => wanted.Any(w => Wildcard.IsMatch(w, a))),
                    "Bool" => actual!.Any(a => wanted.Contains(a, StringComparer.OrdinalIgnoreCase)),
                    _ => false,
                };
                if (!ok) return false;
            }
        }
        return true;
    }
}
