using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

public sealed partial class IamService
{
    private void RegisterGroups()
    {
        _handlers["CreateGroup"] = (c, a) =>
        {
            var name = c.Required("GroupName");
            if (a.Groups.ContainsKey(name)) throw LocalServiceException.AlreadyExists($"Group with name {name} already exists.");
            var path = c.Str("Path") ?? "/";
            var group = new JsonObject
            {
                ["Path"] = path, ["GroupName"] = name, ["GroupId"] = Ids.Unique("AGPA"), ["Arn"] = a.Arn("group", path, name),
                ["CreateDate"] = IamAccount.Now(c.Now), ["_members"] = new JsonArray(),
            };
            a.Groups[name] = group;
            return new JsonObject { ["Group"] = group.DeepClone() };
        };
        _handlers["GetGroup"] = (c, a) =>
        {
            var group = a.Group(c.Required("GroupName"));
            var users = (group["_members"] as JsonArray ?? []).Select(m => a.Users[m!.ToString()]);
            return IamPaging.Page(c, users, "Users", new JsonObject { ["Group"] = group.DeepClone() });
        };
        _handlers["ListGroups"] = (c, a) => IamPaging.Page(c, IamPaging.ByPath(c, a.Groups), "Groups");
        _handlers["ListGroupsForUser"] = (c, a) =>
        {
            var name = c.Required("UserName");
            a.User(name);
            return IamPaging.Page(c, a.Groups.Select(g => g.Value)
                .Where(g => g?["_members"] is JsonArray m && m.Any(x => x?.ToString() == name)), "Groups");
        };
        _handlers["AddUserToGroup"] = (c, a) =>
        {
            var group = a.Group(c.Required("GroupName"));
            var user = c.Required("UserName");
            a.User(user);
            var members = group.Arr("_members");
            if (!members.Any(m => m?.ToString() == user)) members.Add((JsonNode)JsonValue.Create(user));
            return [];
        };
        _handlers["RemoveUserFromGroup"] = (c, a) =>
        {
            var group = a.Group(c.Required("GroupName"));
            var user = c.Required("UserName");
            a.User(user);
            var members = group.Arr("_members");
            var index = members.Select(m => m?.ToString()).ToList().IndexOf(user);
            if (index < 0) throw LocalServiceException.NoSuchEntity($"The user with name {user} cannot be found.");
            members.RemoveAt(index);
            return [];
        };
        _handlers["UpdateGroup"] = (c, a) =>
        {
            var name = c.Required("GroupName");
            var group = a.Group(name);
            if (c.Str("NewPath") is { } newPath) group["Path"] = newPath;
            if (c.Str("NewGroupName") is { } newName && newName != name)
            {
                if (a.Groups.ContainsKey(newName)) throw LocalServiceException.AlreadyExists($"Group with name {newName} already exists.");
                a.Groups.Remove(name);
                group["GroupName"] = newName;
                a.Groups[newName] = group;
                name = newName;
            }
            group["Arn"] = a.Arn("group", group.Str("Path"), name);
            return [];
        };
        _handlers["DeleteGroup"] = (c, a) =>
        {
            var name = c.Required("GroupName");
            var group = a.Group(name);
            if (group["_members"] is JsonArray { Count: > 0 })
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must remove users from group first.");
            if (group["_inline"] is JsonObject { Count: > 0 })
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must delete policies first.");
            if (group["_attached"] is JsonArray { Count: > 0 })
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must detach all policies first.");
            a.Groups.Remove(name);
            return [];
        };
    }
}
