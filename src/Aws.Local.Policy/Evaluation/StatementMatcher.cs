using Aws.Local.Policy.Conditions;
using Aws.Local.Policy.Context;
using Aws.Local.Policy.Documents;
using Aws.Local.Policy.Matching;

namespace Aws.Local.Policy.Evaluation;

/// <summary>Decides whether one statement applies to a request.</summary>
internal static class StatementMatcher
{
    public static bool ActionApplies(PolicyStatement s, string action)
    {
        if (s.Action is not null)
            return ActionMatcher.MatchesAny(s.Action, action);
        if (s.NotAction is not null)
            return !ActionMatcher.MatchesAny(s.NotAction, action);
        return false;
    }

    /// <param name="implicitResource">True for resource-based policies, where an absent Resource means "this resource".</param>
    public static bool ResourceApplies(PolicyStatement s, string resource, ContextKeyMap keys, bool variables,
        bool implicitResource)
    {
        if (s.Resource is not null)
            return AnyResourceMatches(s.Resource, resource, keys, variables);
        if (s.NotResource is not null)
            return !AnyResourceMatches(s.NotResource, resource, keys, variables);
        return implicitResource;
    }

    private static bool AnyResourceMatches(IReadOnlyList<string> patterns, string resource, ContextKeyMap keys,
        bool variables)
    {
        foreach (var p in patterns)
        {
            if (PolicyVariables.Resolve(p, keys, variables) is { } glob && ArnMatcher.Matches(glob, resource))
                return true;
        }
        return false;
    }

    /// <summary>For resource-based statements: how Principal / NotPrincipal names the caller.</summary>
    public static PrincipalMatchKind PrincipalApplies(PolicyStatement s, PrincipalInfo? principal)
    {
        if (s.Principal is not null)
            return PrincipalMatcher.Match(s.Principal, principal);
        if (s.NotPrincipal is not null)
            return PrincipalMatcher.Match(s.NotPrincipal, principal) == PrincipalMatchKind.None
                ? PrincipalMatchKind.Wildcard
                : PrincipalMatchKind.None;
        return PrincipalMatchKind.None;
    }

    /// <summary>
    /// Matches a statement; returns null when it does not apply. Missing condition keys are only collected for
    /// statements whose action, resource and principal already matched.
    /// </summary>
    public static MatchedStatement? Match(PolicySource source, PolicyStatement s, PolicyLayer layer,
        RequestContext context, ContextKeyMap keys, ICollection<string>? missingKeys)
    {
        var variables = source.Document.SupportsVariables;
        if (!ActionApplies(s, context.Action))
            return null;
        bool isResourcePolicy = layer == PolicyLayer.Resource;
        if (!ResourceApplies(s, context.Resource, keys, variables, implicitResource: isResourcePolicy))
            return null;
        var principalMatch = PrincipalMatchKind.None;
        if (isResourcePolicy)
        {
            principalMatch = PrincipalApplies(s, context.Principal);
            if (principalMatch == PrincipalMatchKind.None)
                return null;
        }
        if (!ConditionEvaluator.Evaluate(s.Conditions, keys, variables, missingKeys))
            return null;
        return new MatchedStatement { Source = source, Statement = s, Layer = layer, PrincipalMatch = principalMatch };
    }
}
