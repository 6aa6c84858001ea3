using System.Text.Json.Nodes;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

/// <summary>GetAccountAuthorizationDetails: every user, group, role and managed policy in use, with their policies, paged together.</summary>
public sealed partial class IamService
{
    private static readonly string[] AllEntityFilters = ["User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy"];

    private void RegisterAuthorizationDetails()
    {
        _handlers["GetAccountAuthorizationDetails"] = (c, a) =>
        {
            var filter = c.Input["Filter"] is JsonArray f && f.Count > 0 ? f.Select(n => n?.ToString()).ToHashSet() : [.. AllEntityFilters];
            // One sequence of (list, item) pages across the four lists, so Marker/MaxItems work as IAM's do.
            var items = new List<JsonNode?>();
            if (filter.Contains("User"))
                items.AddRange(a.Users.Select(u => Tagged("UserDetailList", UserDetail(a, (JsonObject)u.Value!))));
            if (filter.Contains("Group"))
                items.AddRange(a.Groups.Select(g => Tagged("GroupDetailList", GroupDetail(a, (JsonObject)g.Value!))));
            if (filter.Contains("Role"))
                items.AddRange(a.Roles.Select(r => Tagged("RoleDetailList", RoleDetail(a, (JsonObject)r.Value!))));
            if (filter.Contains("LocalManagedPolicy"))
                items.AddRange(a.Policies.Select(p => Tagged("Policies", PolicyDetail(a, (JsonObject)p.Value!))));
            if (filter.Contains("AWSManagedPolicy"))
                items.AddRange(ManagedPolicies.Arns.Where(arn => a.AttachmentCount(arn) > 0 || BoundaryUses(a, arn) > 0)
                    .Select(arn => Tagged("Policies", PolicyDetail(a, ManagedPolicies.Get(arn)!))));
            var page = IamPaging.Page(c, items, "_items");
            var output = new JsonObject
            {
                ["UserDetailList"] = new JsonArray(), ["GroupDetailList"] = new JsonArray(), ["RoleDetailList"] = new JsonArray(), ["Policies"] = new JsonArray(),
            };
            foreach (var item in page["_items"]!.AsArray())
                output[item!["list"]!.ToString()]!.AsArray().Add(item["item"]!.DeepClone());
            output["IsTruncated"] = page["IsTruncated"]!.DeepClone();
            if (page["Marker"] is { } marker) output["Marker"] = marker.DeepClone();
            return output;
        };
    }

    private static JsonNode Tagged(string list, JsonObject item) => new JsonObject { ["list"] = list, ["item"] = item };

    private static JsonArray InlineList(JsonObject entity) => new([.. (entity["_inline"] as JsonObject ?? [])
        .Select(p => (JsonNode?)new JsonObject { ["PolicyName"] = p.Key, ["PolicyDocument"] = IamAccount.Encode(p.Value?.ToString() ?? "") })]);

    private static JsonArray AttachedList(IamAccount a, JsonObject entity) => new([.. (entity["_attached"] as JsonArray ?? [])
        .Select(n => n?.ToString() ?? "")
        .Select(arn => (JsonNode?)new JsonObject { ["PolicyName"] = a.FindPolicy(arn)?.Str("PolicyName") ?? arn[(arn.LastIndexOf('/') + 1)..], ["PolicyArn"] = arn })]);

    // The entity's public members (no '_' bookkeeping) plus the detail lists.
    private static JsonObject Public(JsonObject entity) =>
        new([.. entity.Where(p => !p.Key.StartsWith('_')).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))]);

    private static JsonObject UserDetail(IamAccount a, JsonObject user)
    {
        var name = user.Str("UserName");
        var detail = Public(user);
        detail["UserPolicyList"] = InlineList(user);
        detail["GroupList"] = new JsonArray([.. a.Groups.Where(g => g.Value?["_members"] is JsonArray m && m.Any(x => x?.ToString() == name))
            .Select(g => (JsonNode?)g.Key)]);
        detail["AttachedManagedPolicies"] = AttachedList(a, user);
        return detail;
    }

    private static JsonObject GroupDetail(IamAccount a, JsonObject group)
    {
        var detail = Public(group);
        detail["GroupPolicyList"] = InlineList(group);
        detail["AttachedManagedPolicies"] = AttachedList(a, group);
        return detail;
    }

    private static JsonObject RoleDetail(IamAccount a, JsonObject role)
    {
        var name = role.Str("RoleName");
        var detail = Public(role);
        detail["InstanceProfileList"] = new JsonArray([.. a.InstanceProfiles.Select(p => (JsonObject)p.Value!)
            .Where(p => p["_roles"] is JsonArray r && r.Any(x => x?.ToString() == name))
            .Select(p => (JsonNode?)ProfileOutput(a, p))]);
        detail["RolePolicyList"] = InlineList(role);
        detail["AttachedManagedPolicies"] = AttachedList(a, role);
        return detail;
    }

    private static JsonObject PolicyDetail(IamAccount a, JsonObject policy)
    {
        var arn = policy.Str("Arn")!;
        var detail = Public(policy);
        detail["AttachmentCount"] = a.AttachmentCount(arn);
        detail["PermissionsBoundaryUsageCount"] = BoundaryUses(a, arn);
        detail["IsAttachable"] = true;
        detail["PolicyVersionList"] = new JsonArray([.. (policy["_versions"] as JsonObject ?? [])
            .Select(v => (JsonNode?)VersionOutput(v.Value!, withDocument: true))]);
        return detail;
    }

    private static int BoundaryUses(IamAccount a, string arn) =>
        a.Users.Concat(a.Roles).Count(e => e.Value?["PermissionsBoundary"]?.Str("PermissionsBoundaryArn") == arn);
}
