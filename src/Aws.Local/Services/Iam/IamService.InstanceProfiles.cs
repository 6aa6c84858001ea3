using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

public sealed partial class IamService
{
    private void RegisterInstanceProfiles()
    {
        _handlers["CreateInstanceProfile"] = (c, a) =>
        {
            var name = c.Required("InstanceProfileName");
            if (a.InstanceProfiles.ContainsKey(name))
                throw LocalServiceException.AlreadyExists($"Instance Profile {name} already exists.");
            var path = c.Str("Path") ?? "/";
            var profile = new JsonObject
            {
                ["Path"] = path, ["InstanceProfileName"] = name, ["InstanceProfileId"] = Ids.Unique("AIPA"),
                ["Arn"] = a.Arn("instance-profile", path, name), ["CreateDate"] = IamAccount.Now(c.Now), ["_roles"] = new JsonArray(),
            };
            IamTags.Merge(profile, c.Input["Tags"] as JsonArray);
            a.InstanceProfiles[name] = profile;
            return new JsonObject { ["InstanceProfile"] = ProfileOutput(a, profile) };
        };
        _handlers["GetInstanceProfile"] = (c, a) =>
            new JsonObject { ["InstanceProfile"] = ProfileOutput(a, a.InstanceProfile(c.Required("InstanceProfileName"))) };
        _handlers["ListInstanceProfiles"] = (c, a) =>
            IamPaging.Page(c, IamPaging.ByPath(c, a.InstanceProfiles).Select(p => (JsonNode?)ProfileOutput(a, (JsonObject)p!)), "InstanceProfiles");
        _handlers["ListInstanceProfilesForRole"] = (c, a) =>
        {
            var role = c.Required("RoleName");
            a.Role(role);
            return IamPaging.Page(c, a.InstanceProfiles.Select(p => (JsonObject)p.Value!)
                .Where(p => p["_roles"] is JsonArray r && r.Any(x => x?.ToString() == role))
                .Select(p => (JsonNode?)ProfileOutput(a, p)), "InstanceProfiles");
        };
        _handlers["AddRoleToInstanceProfile"] = (c, a) =>
        {
            var profile = a.InstanceProfile(c.Required("InstanceProfileName"));
            var role = c.Required("RoleName");
            a.Role(role);
            var roles = profile.Arr("_roles");
            if (roles.Count >= 1)
                throw LocalServiceException.LimitExceeded("Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1");
            roles.Add((JsonNode)JsonValue.Create(role));
            return [];
        };
        _handlers["RemoveRoleFromInstanceProfile"] = (c, a) =>
        {
            var profile = a.InstanceProfile(c.Required("InstanceProfileName"));
            var role = c.Required("RoleName");
            var roles = profile.Arr("_roles");
            var index = roles.Select(x => x?.ToString()).ToList().IndexOf(role);
            if (index < 0) throw LocalServiceException.NoSuchEntity($"The role with name {role} cannot be found.");
            roles.RemoveAt(index);
            return [];
        };
        _handlers["DeleteInstanceProfile"] = (c, a) =>
        {
            var name = c.Required("InstanceProfileName");
            var profile = a.InstanceProfile(name);
            if (profile["_roles"] is JsonArray { Count: > 0 })
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must remove roles from instance profile first.");
            a.InstanceProfiles.Remove(name);
            return [];
        };
    }

    private static JsonObject ProfileOutput(IamAccount a, JsonObject profile)
    {
        var copy = (JsonObject)profile.DeepClone();
        copy["Roles"] = new JsonArray([.. (profile["_roles"] as JsonArray ?? [])
            .Select(r => a.Roles[r!.ToString()]?.DeepClone()).Where(r => r is not null)]);
        return copy;
    }
}
