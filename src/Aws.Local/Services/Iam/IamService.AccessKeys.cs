using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

public sealed partial class IamService
{
    private const int MaxAccessKeys = 2;

    private void RegisterAccessKeys()
    {
        _handlers["CreateAccessKey"] = (c, a) =>
        {
            var user = TargetUser(c, a);
            if (OwnKeys(a, user).Count() >= MaxAccessKeys)
                throw LocalServiceException.LimitExceeded($"Cannot exceed quota for AccessKeysPerUser: {MaxAccessKeys}");
            var key = IamAccessKeys.Create(a, user, IamAccount.Now(c.Now));
            return new JsonObject { ["AccessKey"] = key };
        };
        _handlers["ListAccessKeys"] = (c, a) =>
        {
            var user = TargetUser(c, a);
            return IamPaging.Page(c, OwnKeys(a, user).Select(k => (JsonNode?)new JsonObject
            {
                ["UserName"] = user, ["AccessKeyId"] = k.Key, ["Status"] = k.Value.Str("status"), ["CreateDate"] = k.Value.Str("created"),
            }), "AccessKeyMetadata");
        };
        _handlers["UpdateAccessKey"] = (c, a) =>
        {
            var key = FindKey(c, a);
            var status = c.Required("Status");
            if (status is not ("Active" or "Inactive"))
                throw LocalServiceException.Validation($"1 validation error detected: Value '{status}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]");
            key["status"] = status;
            return [];
        };
        _handlers["DeleteAccessKey"] = (c, a) =>
        {
            FindKey(c, a);
            a.AccessKeys.Remove(c.Required("AccessKeyId"));
            return [];
        };
        _handlers["GetAccessKeyLastUsed"] = (c, a) =>
        {
            var id = c.Required("AccessKeyId");
            var key = a.AccessKeys[id] as JsonObject;
            if (key is null || key.Str("account") != a.AccountId)
                throw LocalServiceException.AccessDenied("The access key was not found in this account.");
            return new JsonObject
            {
                ["UserName"] = key.Str("userName") ?? "root",
                ["AccessKeyLastUsed"] = new JsonObject { ["ServiceName"] = "N/A", ["Region"] = "N/A" },
            };
        };
    }

    // UserName, else the calling user; null means the account's root user.
    private static string? TargetUser(RequestContext c, IamAccount a)
    {
        var name = c.Str("UserName") ?? c.Principal.UserName;
        if (name is not null) a.User(name);
        return name;
    }

    private static IEnumerable<KeyValuePair<string, JsonNode?>> OwnKeys(IamAccount a, string? user) =>
        a.AccessKeys.Where(k => k.Value.Str("account") == a.AccountId && k.Value.Str("userName") == user).ToList();

    private static JsonObject FindKey(RequestContext c, IamAccount a)
    {
        var id = c.Required("AccessKeyId");
        var user = TargetUser(c, a);
        if (a.AccessKeys[id] is JsonObject key && key.Str("account") == a.AccountId && key.Str("userName") == user) return key;
        throw LocalServiceException.NoSuchEntity($"The Access Key with id {id} cannot be found.");
    }
}
