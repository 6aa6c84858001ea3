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
        if (principal.Kind == PrincipalKind.User && principal.UserName is { } userName && account.Users[userName] is JsonObject user)
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
}
