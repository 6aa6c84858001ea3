using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

public sealed partial class IamService
{
    private void RegisterUsers()
    {
        _handlers["CreateUser"] = (c, a) =>
        {
            var name = c.Required("UserName");
            if (a.Users.ContainsKey(name)) throw LocalServiceException.AlreadyExists($"User with name {name} already exists.");
            var path = c.Str("Path") ?? "/";
            var user = new JsonObject
            {
                ["Path"] = path, ["UserName"] = name, ["UserId"] = Ids.Unique("AIDA"), ["Arn"] = a.Arn("user", path, name),
                ["CreateDate"] = IamAccount.Now(c.Now),
            };
            if (c.Str("PermissionsBoundary") is { } boundary) SetBoundary(a, user, boundary);
            IamTags.Merge(user, c.Input["Tags"] as JsonArray);
            a.Users[name] = user;
            return new JsonObject { ["User"] = user.DeepClone() };
        };
        _handlers["GetUser"] = (c, a) =>
        {
            var name = c.Str("UserName") ?? c.Principal.UserName;
            if (name is null)
            {
                // The root user has no IAM user; AWS answers with the account's identity.
                return new JsonObject
                {
                    ["User"] = new JsonObject { ["UserId"] = c.AccountId, ["Arn"] = $"arn:aws:iam::{c.AccountId}:root", ["CreateDate"] = IamAccount.Now(c.Now) },
                };
            }
            return new JsonObject { ["User"] = a.User(name).DeepClone() };
        };
        _handlers["ListUsers"] = (c, a) => IamPaging.Page(c, IamPaging.ByPath(c, a.Users), "Users");
        _handlers["UpdateUser"] = (c, a) =>
        {
            var name = c.Required("UserName");
            var user = a.User(name);
            if (c.Str("NewPath") is { } newPath) user["Path"] = newPath;
            if (c.Str("NewUserName") is { } newName && newName != name)
            {
                if (a.Users.ContainsKey(newName)) throw LocalServiceException.AlreadyExists($"User with name {newName} already exists.");
                a.Users.Remove(name);
                user["UserName"] = newName;
                a.Users[newName] = user;
                foreach (var (_, group) in a.Groups)
                    if (group?["_members"] is JsonArray members)
                        for (var i = 0; i < members.Count; i++)
                            if (members[i]?.ToString() == name) members[i] = newName;
                foreach (var (_, key) in a.AccessKeys)
                    if (key is JsonObject k && k.Str("account") == a.AccountId && k.Str("userName") == name) k["userName"] = newName;
                foreach (var (_, e) in a.SigningCertificates)
                    if (e is JsonObject cert && cert.Str("_user") == name)
                    {
                        cert["_user"] = newName;
                        cert["UserName"] = newName;
                    }
                foreach (var (_, e) in a.SshPublicKeys)
                    if (e is JsonObject key && key.Str("UserName") == name) key["UserName"] = newName;
                name = newName;
            }
            user["Arn"] = a.Arn("user", user.Str("Path"), name);
            return [];
        };
        _handlers["DeleteUser"] = (c, a) =>
        {
            var name = c.Required("UserName");
            var user = a.User(name);
            if (a.AccessKeys.Any(k => k.Value.Str("account") == a.AccountId && k.Value.Str("userName") == name))
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must delete access keys first.");
            if (user["_login"] is not null)
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must delete login profile first.");
            if (a.SigningCertificates.Any(e => e.Value.Str("_user") == name))
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must delete signing certificates first.");
            if (a.SshPublicKeys.Any(e => e.Value.Str("UserName") == name))
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must delete SSH public keys first.");
            if (user["_inline"] is JsonObject { Count: > 0 })
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must delete policies first.");
            if (user["_attached"] is JsonArray { Count: > 0 })
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must detach all policies first.");
            if (a.Groups.Any(g => g.Value?["_members"] is JsonArray m && m.Any(x => x?.ToString() == name)))
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must remove users from group first.");
            if (a.MfaDevices.Any(d => d.Value.Str("_user") == name))
                throw LocalServiceException.DeleteConflict("Cannot delete entity, must delete MFA device first.");
            a.Users.Remove(name);
            return [];
        };
        _handlers["TagUser"] = (c, a) => { IamTags.Merge(a.User(c.Required("UserName")), c.Input["Tags"] as JsonArray); return []; };
        _handlers["UntagUser"] = (c, a) => { IamTags.Remove(a.User(c.Required("UserName")), c.Input["TagKeys"] as JsonArray); return []; };
        _handlers["ListUserTags"] = (c, a) => IamTags.List(c, a.User(c.Required("UserName")));
        _handlers["PutUserPermissionsBoundary"] = (c, a) => { SetBoundary(a, a.User(c.Required("UserName")), c.Required("PermissionsBoundary")); return []; };
        _handlers["DeleteUserPermissionsBoundary"] = (c, a) => { a.User(c.Required("UserName")).Remove("PermissionsBoundary"); return []; };
    }

    private static void SetBoundary(IamAccount a, JsonObject entity, string arn)
    {
        a.Policy(arn);
        entity["PermissionsBoundary"] = new JsonObject { ["PermissionsBoundaryType"] = "Policy", ["PermissionsBoundaryArn"] = arn };
    }
}
