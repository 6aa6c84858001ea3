using System.Text.Json.Nodes;
using Aws.Local.Host;

namespace Aws.Local.Services.Iam;

/// <summary>Long-term access keys, kept in the state's global key table (the authenticator looks keys up there).</summary>
public static class IamAccessKeys
{
    /// <summary>Creates an Active key for a user (null: the root user); returns it in the AccessKey output shape.</summary>
    public static JsonObject Create(IamAccount a, string? userName, string created)
    {
        var id = Ids.AccessKeyId();
        var secret = Ids.SecretAccessKey();
        a.AccessKeys[id] = new JsonObject
        {
            ["account"] = a.AccountId, ["secret"] = secret, ["userName"] = userName, ["status"] = "Active", ["created"] = created,
        };
        return new JsonObject
        {
            ["UserName"] = userName ?? "root", ["AccessKeyId"] = id, ["Status"] = "Active", ["SecretAccessKey"] = secret, ["CreateDate"] = created,
        };
    }
}
