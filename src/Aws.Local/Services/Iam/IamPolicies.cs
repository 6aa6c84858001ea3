using System.Text.Json.Nodes;
using Aws.Local.Auth;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

/// <summary>Collects the identity-based policies that apply to a principal (user + its groups, or the assumed role).</summary>
public static class IamPolicies
{
    public static IReadOnlyList<PolicyDocument> ForPrincipal(JsonObject state, Principal principal)
    {
        var account = new IamAccount(state, principal.AccountId);
        var result = new List<PolicyDocument>();
        if (principal.Kind is PrincipalKind.User or PrincipalKind.FederatedUser && principal.UserName is { } userName && account.Users[userName] is JsonObject user)
        {
            AddEntity(result, account, user, $"user/{userName}");
            foreach (var (groupName, group) in account.Groups)
                if (group is JsonObject g && g["_members"] is JsonArray members && members.Any(m => m?.ToString() == userName))
                    AddEntity(result, account, g, $"group/{groupName}");
        }
        else if (principal.Kind == PrincipalKind.AssumedRole && principal.RoleName is { } roleName && account.Roles[roleName] is JsonObject role)
        {
            AddEntity(result, account, role, $"role/{roleName}");
        }
        else if (principal.Kind == PrincipalKind.FederatedUser && principal.UserName is null
                 && principal.ParentUserArn == $"arn:aws:iam::{principal.AccountId}:root")
        {
            // The root user's federation sessions: everything the root user may do, limited by the session policy.
            result.Add(new PolicyDocument("identity", "root", new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(new JsonObject { ["Effect"] = "Allow", ["Action"] = "*", ["Resource"] = "*" }),
            }));
        }
        return result;
    }

    /// <summary>The user's or assumed role's entity in state, if it still exists.</summary>
    public static JsonObject? Entity(JsonObject state, Principal principal)
    {
        var account = new IamAccount(state, principal.AccountId);
        return principal.Kind switch
        {
            PrincipalKind.User or PrincipalKind.FederatedUser when principal.UserName is { } u => account.Users[u] as JsonObject,
            PrincipalKind.AssumedRole when principal.RoleName is { } r => account.Roles[r] as JsonObject,
            _ => null,
        };
    }

    /// <summary>The permissions boundary that limits the caller (its user's or role's), if any.</summary>
    public static PolicyDocument? BoundaryForPrincipal(JsonObject state, Principal principal) =>
        Entity(state, principal) is { } entity ? Boundary(new IamAccount(state, principal.AccountId), entity) : null;

    /// <summary>aws:PrincipalTag values: the user's or role's tags, overridden by session tags.</summary>
    public static IReadOnlyDictionary<string, string> PrincipalTags(JsonObject state, Principal principal)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Entity(state, principal)?["Tags"] is JsonArray list)
            foreach (var tag in list.OfType<JsonObject>())
                tags[tag["Key"]?.ToString() ?? ""] = tag["Value"]?.ToString() ?? "";
        foreach (var (k, v) in principal.SessionTags) tags[k] = v;
        return tags;
    }

    /// <summary>Session policies of an assumed-role or federated-user session: the inline Policy and the managed PolicyArns.</summary>
    public static IReadOnlyList<PolicyDocument> SessionPolicies(JsonObject state, Principal principal)
    {
        var result = new List<PolicyDocument>();
        if (principal.SessionPolicy is { } json && PolicyDocument.Parse(json) is { } doc)
            result.Add(new PolicyDocument("session", "session", doc));
        var account = new IamAccount(state, principal.AccountId);
        foreach (var arn in principal.SessionPolicyArns)
            if (account.DefaultDocument(arn) is { } managed && PolicyDocument.Parse(managed) is { } parsed)
                result.Add(new PolicyDocument("session", arn, parsed));
        // A PolicyArns entry that no longer exists still makes this a session with a session policy (allowing nothing).
        // A federated user given no session policy has no permissions at all, as GetFederationToken documents.
        if (result.Count == 0 && (principal.SessionPolicyArns.Count > 0 || principal.Kind == PrincipalKind.FederatedUser))
            result.Add(new PolicyDocument("session", "session", AllowsNothing()));
        return result;
    }

    /// <summary>The permissions boundary of a user or role, if it has one.</summary>
    public static PolicyDocument? Boundary(IamAccount account, JsonObject entity)
    {
        if (entity["PermissionsBoundary"]?.Str("PermissionsBoundaryArn") is not { } arn) return null;
        return account.DefaultDocument(arn) is { } json && PolicyDocument.Parse(json) is { } doc ? new("boundary", arn, doc) : null;
    }

    private static void AddEntity(List<PolicyDocument> result, IamAccount account, JsonObject entity, string id)
    {
        if (entity["_inline"] is JsonObject inline)
            foreach (var (name, doc) in inline)
                if (doc is not null && PolicyDocument.Parse(doc.ToString()) is { } parsed)
                    result.Add(new PolicyDocument("identity", $"{id}/inline/{name}", parsed));
        if (entity["_attached"] is JsonArray attached)
            foreach (var arnNode in attached)
                if (arnNode?.ToString() is { } arn && account.DefaultDocument(arn) is { } json && PolicyDocument.Parse(json) is { } parsed)
                    result.Add(new PolicyDocument("identity", arn, parsed));
    }

    // A session policy that grants nothing (an empty Statement list would not parse, and so would not limit the session).
    private static JsonObject AllowsNothing() => new()
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JsonArray(new JsonObject { ["Effect"] = "Allow", ["NotAction"] = "*", ["Resource"] = "*" }),
    };
}
