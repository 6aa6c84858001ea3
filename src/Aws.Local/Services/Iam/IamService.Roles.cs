using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

public sealed partial class IamService
{
    private void RegisterRoles()
    {
        _handlers["CreateRole"] = (c, a) =>
        {
            var name = c.Required("RoleName");
            if (a.Roles.ContainsKey(name)) throw LocalServiceException.AlreadyExists($"Role with name {name} already exists.");
            var trust = c.Required("AssumeRolePolicyDocument");
            IamAccount.ValidatePolicy(trust, trustPolicy: true, a.State);
            var path = c.Str("Path") ?? "/";
            var maxSession = c.Long("MaxSessionDuration") ?? 3600;
            if (maxSession is < 3600 or > 43200)
                throw LocalServiceException.Validation($"1 validation error detected: Value '{maxSession}' at 'maxSessionDuration' failed to satisfy constraint: Member must have value between 3600 and 43200");
            var role = new JsonObject
            {
                ["Path"] = path, ["RoleName"] = name, ["RoleId"] = Ids.Unique("AROA"), ["Arn"] = a.Arn("role", path, name),
                ["CreateDate"] = IamAccount.Now(c.Now), ["AssumeRolePolicyDocument"] = IamAccount.Encode(trust),
                ["MaxSessionDuration"] = maxSession, ["_trust"] = trust,
            };
            if (c.Str("Description") is { } description) role["Description"] = description;
            if (c.Str("PermissionsBoundary") is { } boundary) SetBoundary(a, role, boundary);
            IamTags.Merge(role, c.Input["Tags"] as JsonArray);
            a.Roles[name] = role;
            return new JsonObject { ["Role"] = role.DeepClone() };
        };
        _handlers["GetRole"] = (c, a) => new JsonObject { ["Role"] = a.Role(c.Required("RoleName")).DeepClone() };
        _handlers["ListRoles"] = (c, a) => IamPaging.Page(c, IamPaging.ByPath(c, a.Roles), "Roles");
        _handlers["UpdateAssumeRolePolicy"] = (c, a) =>
        {
            var role = a.Role(c.Required("RoleName"));
            var trust = c.Required("PolicyDocument");
            IamAccount.ValidatePolicy(trust, trustPolicy: true, a.State);
            role["_trust"] = trust;
            role["AssumeRolePolicyDocument"] = IamAccount.Encode(trust);
            return [];
        };
        _handlers["UpdateRole"] = (c, a) =>
        {
            var role = a.Role(c.Required("RoleName"));
            if (c.Str("Description") is { } d) role["Description"] = d;
            if (c.Long("MaxSessionDuration") is { } m) role["MaxSessionDuration"] = m;
            return [];
        };
        _handlers["UpdateRoleDescription"] = (c, a) =>
        {
            var role = a.Role(c.Required("RoleName"));
            role["Description"] = c.Required("Description");
            return new JsonObject { ["Role"] = role.DeepClone() };
        };
        _handlers["DeleteRole"] = (c, a) =>
        {
            var name = c.Required("RoleName");
            var role = a.Role(name);
            if (role["_inline"] is JsonObject { Count: > 0 })
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must delete policies first.");
            if (role["_attached"] is JsonArray { Count: > 0 })
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must detach all policies first.");
            if (a.InstanceProfiles.Any(p => p.Value?["_roles"] is JsonArray r && r.Any(x => x?.ToString() == name)))
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must remove roles from instance profile first.");
            a.Roles.Remove(name);
            return [];
        };
        _handlers["TagRole"] = (c, a) => { IamTags.Merge(a.Role(c.Required("RoleName")), c.Input["Tags"] as JsonArray); return []; };
        _handlers["UntagRole"] = (c, a) => { IamTags.Remove(a.Role(c.Required("RoleName")), c.Input["TagKeys"] as JsonArray); return []; };
        _handlers["ListRoleTags"] = (c, a) => IamTags.List(c, a.Role(c.Required("RoleName")));
        _handlers["PutRolePermissionsBoundary"] = (c, a) => { SetBoundary(a, a.Role(c.Required("RoleName")), c.Required("PermissionsBoundary")); return []; };
        _handlers["DeleteRolePermissionsBoundary"] = (c, a) => { a.Role(c.Required("RoleName")).Remove("PermissionsBoundary"); return []; };
    }
}
