using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

public sealed partial class IamService
{
    private void RegisterInlinePolicies()
    {
        foreach (var (kind, nameKey) in new[] { ("User", "UserName"), ("Group", "GroupName"), ("Role", "RoleName") })
        {
            JsonObject Entity(RequestContext c, IamAccount a) => kind switch
            {
                "User" => a.User(c.Required(nameKey)),
                "Group" => a.Group(c.Required(nameKey)),
                _ => a.Role(c.Required(nameKey)),
            };
            LocalServiceException Missing(string policyName) =>
                LocalServiceException.NoSuchEntity($"The {kind.ToLowerInvariant()} policy with name {policyName} cannot be found.");

            _handlers[$"Put{kind}Policy"] = (c, a) =>
            {
                var entity = Entity(c, a);
                var document = c.Required("PolicyDocument");
                IamAccount.ValidatePolicy(document);
                entity.Obj("_inline")[c.Required("PolicyName")] = document;
                return [];
            };
            _handlers[$"Get{kind}Policy"] = (c, a) =>
            {
                var entity = Entity(c, a);
                var name = c.Required("PolicyName");
                var document = entity["_inline"]?[name]?.ToString() ?? throw Missing(name);
                return new JsonObject
                {
                    [nameKey] = c.Str(nameKey), ["PolicyName"] = name, ["PolicyDocument"] = IamAccount.Encode(document),
                };
            };
            _handlers[$"Delete{kind}Policy"] = (c, a) =>
            {
                var entity = Entity(c, a);
                var name = c.Required("PolicyName");
                if (entity["_inline"] is not JsonObject inline || !inline.Remove(name)) throw Missing(name);
                return [];
            };
            _handlers[$"List{kind}Policies"] = (c, a) =>
            {
                var entity = Entity(c, a);
                var names = (entity["_inline"] as JsonObject ?? []).Select(p => (JsonNode?)JsonValue.Create(p.Key));
                return IamPaging.Page(c, names, "PolicyNames");
            };
        }
    }
}
