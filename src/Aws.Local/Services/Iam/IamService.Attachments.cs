using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

public sealed partial class IamService
{
    private const int MaxAttachedPolicies = 10;

    private void RegisterAttachments()
    {
        foreach (var (kind, nameKey) in new[] { ("User", "UserName"), ("Group", "GroupName"), ("Role", "RoleName") })
        {
            JsonObject Entity(RequestContext c, IamAccount a) => kind switch
            {
                "User" => a.User(c.Required(nameKey)),
                "Group" => a.Group(c.Required(nameKey)),
                _ => a.Role(c.Required(nameKey)),
            };
            _handlers[$"Attach{kind}Policy"] = (c, a) =>
            {
                var entity = Entity(c, a);
                var arn = c.Required("PolicyArn");
                a.Policy(arn);
                var attached = entity.Arr("_attached");
                if (attached.Any(x => x?.ToString() == arn)) return [];
                if (attached.Count >= MaxAttachedPolicies)
                    throw LocalServiceException.LimitExceeded($"Cannot exceed quota for PoliciesPerUser: {MaxAttachedPolicies}");
                attached.Add((JsonNode)JsonValue.Create(arn));
                return [];
            };
            _handlers[$"Detach{kind}Policy"] = (c, a) =>
            {
                var entity = Entity(c, a);
                var arn = c.Required("PolicyArn");
                var attached = entity.Arr("_attached");
                var index = attached.Select(x => x?.ToString()).ToList().IndexOf(arn);
                if (index < 0) throw LocalServiceException.NoSuchEntity($"Policy {arn} was not found.");
                attached.RemoveAt(index);
                return [];
            };
            _handlers[$"ListAttached{kind}Policies"] = (c, a) =>
            {
                var entity = Entity(c, a);
                var items = (entity["_attached"] as JsonArray ?? []).Select(x => a.FindPolicy(x!.ToString()))
                    .Where(p => p is not null)
                    .Select(p => (JsonNode?)new JsonObject { ["PolicyName"] = p!.Str("PolicyName"), ["PolicyArn"] = p.Str("Arn") });
                return IamPaging.Page(c, items, "AttachedPolicies");
            };
        }
        _handlers["ListEntitiesForPolicy"] = (c, a) =>
        {
            var arn = c.Required("PolicyArn");
            a.Policy(arn);
            bool Has(JsonNode? e) => e?["_attached"] is JsonArray list && list.Any(x => x?.ToString() == arn);
            var output = new JsonObject
            {
                ["PolicyGroups"] = new JsonArray([.. a.Groups.Where(g => Has(g.Value)).Select(g => (JsonNode)new JsonObject { ["GroupName"] = g.Key, ["GroupId"] = g.Value.Str("GroupId") })]),
                ["PolicyUsers"] = new JsonArray([.. a.Users.Where(u => Has(u.Value)).Select(u => (JsonNode)new JsonObject { ["UserName"] = u.Key, ["UserId"] = u.Value.Str("UserId") })]),
                ["PolicyRoles"] = new JsonArray([.. a.Roles.Where(r => Has(r.Value)).Select(r => (JsonNode)new JsonObject { ["RoleName"] = r.Key, ["RoleId"] = r.Value.Str("RoleId") })]),
                ["IsTruncated"] = false,
            };
            return output;
        };
    }
}
