using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Policy.Context;
using RequestContext = Aws.Local.Host.RequestContext;
using Aws.Local.Policy.Evaluation;
using Aws.Local.Policy.Simulation;
using Aws.Local.Policy.Validation;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

/// <summary>
/// The policy simulator (SimulateCustomPolicy, SimulatePrincipalPolicy) and the context-key listings, on the same
/// engine the host authorizes with. Policies are parsed from their stored text so statement positions match IAM's.
/// </summary>
public sealed partial class IamService
{
    private void RegisterSimulation()
    {
        _handlers["SimulateCustomPolicy"] = (c, a) => Simulate(c, a, Inputs(c, "PolicyInputList"), null, null);
        _handlers["SimulatePrincipalPolicy"] = (c, a) =>
        {
            var source = c.Required("PolicySourceArn");
            var (policies, boundary, caller) = PrincipalPolicies(a, source);
            return Simulate(c, a, [.. policies, .. Inputs(c, "PolicyInputList")], boundary, caller);
        };
        _handlers["GetContextKeysForCustomPolicy"] = (c, a) => ContextKeys(Inputs(c, "PolicyInputList"));
        _handlers["GetContextKeysForPrincipalPolicy"] = (c, a) =>
            ContextKeys([.. PrincipalPolicies(a, c.Required("PolicySourceArn")).Policies, .. Inputs(c, "PolicyInputList")]);
    }

    private static JsonObject Simulate(RequestContext c, IamAccount a, IReadOnlyList<PolicySource> policies,
        PolicySource? boundary, PrincipalInfo? caller)
    {
        if (c.Input["ActionNames"] is not JsonArray { Count: > 0 } actions)
            throw LocalServiceException.Validation("1 validation error detected: Value null at 'actionNames' failed to satisfy constraint: Member must not be null");
        var boundaries = Inputs(c, "PermissionsBoundaryPolicyInputList");
        var resourcePolicy = c.Str("ResourcePolicy") is { } rp ? Parse("ResourcePolicy", rp, PolicySourceType.Resource, PolicyKind.Resource) : null;
        if (c.Str("CallerArn") is { } callerArn)
            caller = PrincipalInfo.FromArn(callerArn)
                ?? throw LocalServiceException.InvalidInput($"Invalid CallerArn: {callerArn}");
        var request = new SimulationRequest
        {
            Policies = policies,
            PermissionsBoundary = boundaries.Count > 0 ? boundaries[0] : boundary,
            ResourcePolicy = resourcePolicy,
            ActionNames = [.. actions.Select(n => n?.ToString() ?? "")],
            ResourceArns = c.Input["ResourceArns"] is JsonArray { Count: > 0 } arns ? [.. arns.Select(n => n?.ToString() ?? "")] : ["*"],
            ContextEntries = [.. (c.Input["ContextEntries"] as JsonArray ?? []).OfType<JsonObject>().Select(e => new ContextEntry(
                e.Str("ContextKeyName") ?? "",
                [.. (e["ContextKeyValues"] as JsonArray ?? []).Select(v => v?.ToString() ?? "")],
                e.Str("ContextKeyType") ?? "string"))],
            Caller = caller,
            ResourceOwner = c.Str("ResourceOwner"),
        };
        var results = PolicySimulator.Simulate(request).Select(r => (JsonNode?)ResultJson(r));
        return IamPaging.Page(c, results, "EvaluationResults");
    }

    private static JsonObject ResultJson(SimulationResult r)
    {
        var item = new JsonObject
        {
            ["EvalActionName"] = r.EvalActionName,
            ["EvalResourceName"] = r.EvalResourceName,
            ["EvalDecision"] = r.EvalDecision,
            ["MatchedStatements"] = new JsonArray([.. r.MatchedStatements.Select(s => (JsonNode?)new JsonObject
            {
                ["SourcePolicyId"] = s.SourcePolicyId,
                ["SourcePolicyType"] = s.SourcePolicyType,
                ["StartPosition"] = new JsonObject { ["Line"] = s.StartPosition.Line, ["Column"] = s.StartPosition.Column },
                ["EndPosition"] = new JsonObject { ["Line"] = s.EndPosition.Line, ["Column"] = s.EndPosition.Column },
            })]),
            ["MissingContextValues"] = new JsonArray([.. r.MissingContextValues.Select(k => (JsonNode?)k)]),
        };
        if (r.EvalDecisionDetails.Count > 0)
        {
            var details = new JsonObject();
            foreach (var (k, v) in r.EvalDecisionDetails) details[k] = v;
            item["EvalDecisionDetails"] = details;
        }
        if (r.AllowedByPermissionsBoundary is { } allowed)
            item["PermissionsBoundaryDecisionDetail"] = new JsonObject { ["AllowedByPermissionsBoundary"] = allowed };
        return item;
    }

    private static JsonObject ContextKeys(IReadOnlyList<PolicySource> policies) => new()
    {
        ["ContextKeyNames"] = new JsonArray([.. PolicySimulator.GetContextKeys(policies.Select(p => p.Document)).Select(k => (JsonNode?)k)]),
    };

    /// <summary>A list member of policy documents, named as IAM names them ("PolicyInputList.1", ...).</summary>
    private static List<PolicySource> Inputs(RequestContext c, string member) =>
        [.. (c.Input[member] as JsonArray ?? []).Select((n, i) => Parse($"{member}.{i + 1}", n?.ToString() ?? "", PolicySourceType.None))];

    private static PolicySource Parse(string id, string json, PolicySourceType type, PolicyKind kind = PolicyKind.Identity, string? arn = null)
    {
        try
        {
            return new PolicySource(id, PolicyValidator.Validate(json, kind), type, arn);
        }
        catch (MalformedPolicyDocumentException e)
        {
            throw LocalServiceException.Malformed(e.Message);
        }
    }

    /// <summary>The identity policies, boundary and simulated caller of a user (with its groups), group or role.</summary>
    private static (List<PolicySource> Policies, PolicySource? Boundary, PrincipalInfo? Caller) PrincipalPolicies(IamAccount a, string arn)
    {
        var resource = arn.Split(':', 6) is { Length: 6 } parts ? parts[5] : "";
        var name = resource[(resource.LastIndexOf('/') + 1)..];
        var kind = resource.Contains('/') ? resource[..resource.IndexOf('/')] : "";
        var entity = kind switch
        {
            "user" => a.Users[name] as JsonObject,
            "group" => a.Groups[name] as JsonObject,
            "role" => a.Roles[name] as JsonObject,
            _ => null,
        };
        if (entity is null || entity.Str("Arn") != arn)
            throw LocalServiceException.NoSuchEntity($"The {(kind.Length > 0 ? kind : "entity")} with name {name} cannot be found.");
        var policies = new List<PolicySource>();
        var type = kind switch { "user" => PolicySourceType.User, "group" => PolicySourceType.Group, _ => PolicySourceType.Role };
        AddEntityPolicies(a, entity, type, policies);
        if (kind == "user")
            foreach (var (_, group) in a.Groups)
                if (group is JsonObject g && g["_members"] is JsonArray members && members.Any(m => m?.ToString() == name))
                    AddEntityPolicies(a, g, PolicySourceType.Group, policies);
        PolicySource? boundary = null;
        if (entity["PermissionsBoundary"]?.Str("PermissionsBoundaryArn") is { } boundaryArn && a.DefaultDocument(boundaryArn) is { } doc)
            boundary = TryParse(boundaryArn[(boundaryArn.LastIndexOf('/') + 1)..], doc, ManagedType(boundaryArn), boundaryArn);
        var tags = (entity["Tags"] as JsonArray ?? []).OfType<JsonObject>()
            .ToDictionary(t => t.Str("Key") ?? "", t => t.Str("Value") ?? "", StringComparer.OrdinalIgnoreCase);
        var path = entity.Str("Path") ?? "/";
        PrincipalInfo? caller = kind switch
        {
            "user" => PrincipalInfo.User(a.AccountId, name, entity.Str("UserId"), path, tags),
            "role" => new PrincipalInfo { Arn = arn, AccountId = a.AccountId, Type = PrincipalType.AssumedRole, RoleArn = arn, Tags = tags },
            _ => null,
        };
        return (policies, boundary, caller);
    }

    private static void AddEntityPolicies(IamAccount a, JsonObject entity, PolicySourceType inlineType, List<PolicySource> into)
    {
        if (entity["_inline"] is JsonObject inline)
            foreach (var (policyName, doc) in inline)
                if (doc is not null && TryParse(policyName, doc.ToString(), inlineType) is { } p) into.Add(p);
        if (entity["_attached"] is JsonArray attached)
            foreach (var policyArn in attached.Select(n => n?.ToString() ?? ""))
                if (a.DefaultDocument(policyArn) is { } json && TryParse(policyArn[(policyArn.LastIndexOf('/') + 1)..], json, ManagedType(policyArn), policyArn) is { } p)
                    into.Add(p);
    }

    private static PolicySourceType ManagedType(string arn) =>
        arn.StartsWith("arn:aws:iam::aws:", StringComparison.Ordinal) ? PolicySourceType.AwsManaged : PolicySourceType.UserManaged;

    // Stored documents were validated when written; one that no longer parses is left out rather than failing.
    private static PolicySource? TryParse(string id, string json, PolicySourceType type, string? arn = null) =>
        Policy.Documents.PolicyDocument.TryParse(json, out var doc, out _) && doc is not null ? new PolicySource(id, doc, type, arn) : null;
}
