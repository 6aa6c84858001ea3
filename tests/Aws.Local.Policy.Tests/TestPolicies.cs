using Aws.Local.Policy.Context;
using Aws.Local.Policy.Evaluation;

namespace Aws.Local.Policy.Tests;

/// <summary>Small builders shared by the tests.</summary>
internal static class TestPolicies
{
    public const string Account = "111122223333";
    public const string OtherAccount = "444455556666";

    public static PolicySource Source(string json, string id = "policy", PolicySourceType type = PolicySourceType.User,
        string? arn = null) => PolicySource.Parse(id, json, type, arn);

    /// <summary>A one-statement policy; <paramref name="extra"/> is appended to the statement (e.g. a Condition).</summary>
    public static string Statement(string effect, string action, string resource = "*", string extra = "") =>
        $$$"""{"Version":"2012-10-17","Statement":{"Effect":"{{{effect}}}","Action":"{{{action}}}","Resource":"{{{resource}}}"{{{extra}}}}}""";

    public static string Allow(string action, string resource = "*", string extra = "") =>
        Statement("Allow", action, resource, extra);

    public static string Deny(string action, string resource = "*", string extra = "") =>
        Statement("Deny", action, resource, extra);

    public static PrincipalInfo Alice => PrincipalInfo.User(Account, "alice", "AIDAALICE");

    /// <summary>"k=v1,v2;k2=v" into a key map; "k=[]" is a present key with no values.</summary>
    public static ContextKeyMap Keys(string spec)
    {
        var map = new ContextKeyMap();
        foreach (var entry in spec.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = entry.IndexOf('=');
            var key = entry[..eq];
            var value = entry[(eq + 1)..];
            map.Set(key, value == "[]" ? [] : value.Split(','));
        }
        return map;
    }

    /// <summary>Evaluates a Condition block JSON against context keys via an allow-everything statement.</summary>
    public static bool ConditionHolds(string conditionJson, string keys, string version = "2012-10-17")
    {
        var json = $$$"""{"Version":"{{{version}}}","Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{{{conditionJson}}}}}""";
        var request = new AuthorizationRequest
        {
            Context = new RequestContext { Principal = Alice, Action = "s3:GetObject" },
            Keys = Keys(keys),
            IdentityPolicies = [Source(json)],
        };
        return PolicyEvaluator.Evaluate(request).IsAllowed;
    }
}
