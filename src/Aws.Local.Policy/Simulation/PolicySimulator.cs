using Aws.Local.Policy.Context;
using Aws.Local.Policy.Documents;
using Aws.Local.Policy.Evaluation;
using Aws.Local.Policy.Matching;

namespace Aws.Local.Policy.Simulation;

/// <summary>
/// The IAM policy simulator: every action × resource evaluated with the given policies and context entries.
/// Unlike live evaluation, no time or network keys are filled in: the caller supplies them as context entries.
/// </summary>
public static class PolicySimulator
{
    public static IReadOnlyList<SimulationResult> Simulate(SimulationRequest request)
    {
        var keys = new ContextKeyMap();
        if (request.Caller is not null)
            keys = new RequestContext { Principal = request.Caller, Action = "" }.BuildKeys();
        foreach (var entry in request.ContextEntries)
            keys.Set(entry.Name, entry.Values);

        var all = request.Policies.Concat(request.PermissionsBoundary is null ? [] : [request.PermissionsBoundary])
            .Concat(request.ResourcePolicy is null ? [] : [request.ResourcePolicy]).ToList();
        var caller = request.Caller ?? new PrincipalInfo
        {
            Arn = "*",
            AccountId = request.ResourceOwner ?? "",
            Type = PrincipalType.User,
        };
        var results = new List<SimulationResult>();
        foreach (var action in request.ActionNames)
        {
            foreach (var resource in request.ResourceArns.Count == 0 ? ["*"] : request.ResourceArns)
                results.Add(SimulateOne(request, caller, keys, all, action, resource));
        }
        return results;
    }

    private static SimulationResult SimulateOne(SimulationRequest request, PrincipalInfo caller, ContextKeyMap keys,
        List<PolicySource> all, string action, string resource)
    {
        var context = new RequestContext
        {
            Principal = caller,
            Action = action,
            Resource = resource,
            ResourceAccount = request.ResourcePolicy is null ? null : request.ResourceOwner,
        };
        var result = PolicyEvaluator.Evaluate(new AuthorizationRequest
        {
            Context = context,
            Keys = keys,
            IdentityPolicies = request.Policies,
            PermissionsBoundary = request.PermissionsBoundary,
            ResourcePolicies = request.ResourcePolicy is null ? [] : [request.ResourcePolicy],
        });

        // Denies explain an explicit deny; otherwise report the identity/resource Allow statements that matched.
        var shown = result.Decision == PolicyDecision.ExplicitDeny
            ? result.DecidingStatements
            : result.MatchedStatements.Where(m => m.Effect == PolicyEffect.Allow
                && m.Layer is PolicyLayer.Identity or PolicyLayer.Resource).ToList();

        var details = new Dictionary<string, string>();
        if (request.ResourcePolicy is not null)
        {
            details["IAM Policy"] = LayerDecision(result, PolicyLayer.Identity);
            details["Resource Policy"] = LayerDecision(result, PolicyLayer.Resource);
        }

        return new SimulationResult
        {
            EvalActionName = action,
            EvalResourceName = resource,
            EvalDecision = result.Decision.ToApiValue(),
            MatchedStatements = [.. shown.Select(ToSimulated)],
            MissingContextValues = MissingKeys(all, action, keys),
            AllowedByPermissionsBoundary = result.AllowedByPermissionsBoundary,
            EvalDecisionDetails = details,
            Evaluation = result,
        };
    }

    private static string LayerDecision(AuthorizationResult result, PolicyLayer layer)
    {
        var statements = result.MatchedStatements.Where(m => m.Layer == layer).ToList();
        if (statements.Any(s => s.Effect == PolicyEffect.Deny))
            return PolicyDecision.ExplicitDeny.ToApiValue();
        return statements.Count > 0 ? PolicyDecision.Allowed.ToApiValue() : PolicyDecision.ImplicitDeny.ToApiValue();
    }

    private static SimulatedStatement ToSimulated(MatchedStatement m) => new(m.Source.Id,
        m.Source.SourceType.ToApiValue(), m.Statement.StartPosition, m.Statement.EndPosition);

    private static List<string> MissingKeys(List<PolicySource> policies, string action, ContextKeyMap keys)
    {
        var missing = new List<string>();
        foreach (var p in policies)
        {
            foreach (var s in p.Document.Statements)
            {
                if (!StatementMatcher.ActionApplies(s, action))
                    continue;
                foreach (var key in ReferencedKeys(s, p.Document.SupportsVariables))
                {
                    if (!keys.Contains(key) && !missing.Contains(key, StringComparer.OrdinalIgnoreCase))
                        missing.Add(key);
                }
            }
        }
        return missing;
    }

    /// <summary>
    /// GetContextKeysForCustomPolicy: the keys the policies use, in document order (Resource variables, condition
    /// keys, condition value variables), each once.
    /// </summary>
    public static IReadOnlyList<string> GetContextKeys(IEnumerable<PolicyDocument> policies)
    {
        var keys = new List<string>();
        foreach (var p in policies)
        {
            foreach (var s in p.Statements)
            {
                foreach (var key in ReferencedKeys(s, p.SupportsVariables))
                {
                    if (!keys.Contains(key, StringComparer.OrdinalIgnoreCase))
                        keys.Add(key);
                }
            }
        }
        return keys;
    }

    private static IEnumerable<string> ReferencedKeys(PolicyStatement s, bool variables)
    {
        if (variables)
        {
            foreach (var r in (s.Resource ?? []).Concat(s.NotResource ?? []))
            {
                foreach (var k in PolicyVariables.ReferencedKeys(r))
                    yield return k;
            }
        }
        foreach (var c in s.Conditions)
        {
            yield return c.Key;
            if (variables && c.Operator.SupportsVariables)
            {
                foreach (var v in c.Values)
                {
                    foreach (var k in PolicyVariables.ReferencedKeys(v))
                        yield return k;
                }
            }
        }
    }

    /// <summary>Wraps PolicyInputList documents as IAM names them: "PolicyInputList.1", "PolicyInputList.2", ...</summary>
    public static IReadOnlyList<PolicySource> PolicyInputList(IEnumerable<string> documents, string prefix = "PolicyInputList") =>
        [.. documents.Select((json, i) => PolicySource.Parse($"{prefix}.{i + 1}", json))];
}
