using System.Text.Json.Nodes;
using Aws.Local.Services.Iam;
using Aws.Local.Storage;

namespace Aws.Local.Host;

/// <summary>What <c>aws local init</c> creates: an account, its root keys, and an admin IAM user with keys.</summary>
public sealed record LocalAccount(string AccountId, string RootAccessKeyId, string RootSecretAccessKey,
    string AdminUserName, string AccessKeyId, string SecretAccessKey);

public static class AccountSetup
{
    public const string AdminUserName = "admin";

    /// <summary>Creates a new account (or the given id) with root keys and an "admin" user holding AdministratorAccess.</summary>
    public static LocalAccount Create(IStateStore store, DateTimeOffset now, string? accountId = null) => store.Write(state =>
    {
        var id = accountId ?? Ids.AccountId();
        var accounts = state.Obj("accounts");
        if (accounts.ContainsKey(id)) throw new InvalidOperationException($"Account {id} already exists.");
        accounts[id] = new JsonObject { ["created"] = IamAccount.Now(now) };
        var a = new IamAccount(state, id);
        var created = IamAccount.Now(now);
        var root = IamAccessKeys.Create(a, null, created);
        a.Users[AdminUserName] = new JsonObject
        {
            ["Path"] = "/", ["UserName"] = AdminUserName, ["UserId"] = Ids.Unique("AIDA"), ["Arn"] = a.Arn("user", "/", AdminUserName),
            ["CreateDate"] = created, ["_attached"] = new JsonArray(ManagedPolicies.Arn("AdministratorAccess")),
        };
        var admin = IamAccessKeys.Create(a, AdminUserName, created);
        return new LocalAccount(id, root.Str("AccessKeyId")!, root.Str("SecretAccessKey")!, AdminUserName,
            admin.Str("AccessKeyId")!, admin.Str("SecretAccessKey")!);
    });

    /// <summary>The first active access key of each account's admin user: (account, key id, secret).</summary>
    public static IReadOnlyList<(string Account, string AccessKeyId, string Secret)> AdminKeys(IStateStore store) => store.Read(state =>
        (IReadOnlyList<(string, string, string)>)[.. (state["accessKeys"] as JsonObject ?? [])
            .Where(k => k.Value.Str("userName") == AdminUserName && k.Value.Str("status") == "Active")
            .GroupBy(k => k.Value.Str("account")!)
            .Select(g => (g.Key, g.First().Key, g.First().Value.Str("secret")!))]);

    /// <summary>Ids of the accounts in the store.</summary>
    public static IReadOnlyList<string> Accounts(IStateStore store) =>
        store.Read(state => (IReadOnlyList<string>)[.. (state["accounts"] as JsonObject ?? []).Select(a => a.Key)]);
}
