using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

public sealed partial class IamService
{
    private const int MaxPolicyVersions = 5;

    private void RegisterManagedPolicies()
    {
        _handlers["CreatePolicy"] = (c, a) =>
        {
            var name = c.Required("PolicyName");
            var path = c.Str("Path") ?? "/";
            var arn = $"arn:aws:iam::{a.AccountId}:policy{path}{name}";
            if (a.Policies.ContainsKey(arn))
                throw LocalServiceException.AlreadyExists($"A policy called {name} already exists. Duplicate names are not allowed.");
            var document = c.Required("PolicyDocument");
            IamAccount.ValidatePolicy(document);
            var now = IamAccount.Now(c.Now);
            var policy = new JsonObject
            {
                ["PolicyName"] = name, ["PolicyId"] = Ids.Unique("ANPA"), ["Arn"] = arn, ["Path"] = path, ["DefaultVersionId"] = "v1",
                ["AttachmentCount"] = 0, ["PermissionsBoundaryUsageCount"] = 0, ["IsAttachable"] = true,
                ["CreateDate"] = now, ["UpdateDate"] = now, ["_nextVersion"] = 2,
                ["_versions"] = new JsonObject { ["v1"] = Version(document, "v1", true, now) },
            };
            if (c.Str("Description") is { } description) policy["Description"] = description;
            IamTags.Merge(policy, c.Input["Tags"] as JsonArray);
            a.Policies[arn] = policy;
            return new JsonObject { ["Policy"] = PolicyOutput(a, policy) };
        };
        _handlers["GetPolicy"] = (c, a) => new JsonObject { ["Policy"] = PolicyOutput(a, a.Policy(c.Required("PolicyArn"))) };
        _handlers["ListPolicies"] = (c, a) =>
        {
            var scope = c.Str("Scope") ?? "All";
            var onlyAttached = c.Bool("OnlyAttached") == true;
            var prefix = c.Str("PathPrefix") ?? "/";
            IEnumerable<JsonObject> all = [];
            if (scope is "All" or "AWS") all = all.Concat(ManagedPolicies.Arns.Select(arn => ManagedPolicies.Get(arn)!));
            if (scope is "All" or "Local") all = all.Concat(a.Policies.Select(p => (JsonObject)p.Value!));
            var listed = all.Select(p => PolicyOutput(a, p))
                .Where(p => (p.Str("Path") ?? "/").StartsWith(prefix, StringComparison.Ordinal))
                .Where(p => !onlyAttached || p["AttachmentCount"]!.GetValue<int>() > 0)
                .Select(p => { p.Remove("Description"); p.Remove("Tags"); return (JsonNode)p; });
            return IamPaging.Page(c, listed, "Policies");
        };
        _handlers["DeletePolicy"] = (c, a) =>
        {
            var arn = c.Required("PolicyArn");
            var policy = LocalPolicy(a, arn);
            if (a.AttachmentCount(arn) > 0) throw LocalServiceException.DeleteConflict("Cannot delete a policy attached to entities.");
            if (policy["_versions"] is JsonObject { Count: > 1 })
                throw LocalServiceException.DeleteConflict("This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
            a.Policies.Remove(arn);
            return [];
        };
        _handlers["CreatePolicyVersion"] = (c, a) =>
        {
            var policy = LocalPolicy(a, c.Required("PolicyArn"));
            var document = c.Required("PolicyDocument");
            IamAccount.ValidatePolicy(document);
            var versions = policy.Obj("_versions");
            if (versions.Count >= MaxPolicyVersions)
                throw LocalServiceException.LimitExceeded($"A managed policy can have up to {MaxPolicyVersions} versions. Before you create a new version, you must delete an existing version.");
            var number = policy["_nextVersion"]?.GetValue<int>() ?? versions.Count + 1;
            var id = "v" + number;
            policy["_nextVersion"] = number + 1;
            var makeDefault = c.Bool("SetAsDefault") == true;
            var now = IamAccount.Now(c.Now);
            versions[id] = Version(document, id, makeDefault, now);
            if (makeDefault) SetDefault(policy, id);
            policy["UpdateDate"] = now;
            return new JsonObject { ["PolicyVersion"] = VersionOutput(versions[id]!, withDocument: false) };
        };
        _handlers["GetPolicyVersion"] = (c, a) =>
        {
            var policy = a.Policy(c.Required("PolicyArn"));
            var id = c.Required("VersionId");
            var version = policy["_versions"]?[id]
                ?? throw LocalServiceException.NoSuchEntity($"Policy {c.Str("PolicyArn")} version {id} does not exist or is not attachable.");
            return new JsonObject { ["PolicyVersion"] = VersionOutput(version, withDocument: true) };
        };
        _handlers["ListPolicyVersions"] = (c, a) =>
        {
            var policy = a.Policy(c.Required("PolicyArn"));
            var versions = (policy["_versions"] as JsonObject ?? []).Select(v => (JsonNode?)VersionOutput(v.Value!, withDocument: false)).Reverse();
            return IamPaging.Page(c, versions, "Versions");
        };
        _handlers["DeletePolicyVersion"] = (c, a) =>
        {
            var policy = LocalPolicy(a, c.Required("PolicyArn"));
            var id = c.Required("VersionId");
            var versions = policy.Obj("_versions");
            if (!versions.ContainsKey(id))
                throw LocalServiceException.NoSuchEntity($"Policy {c.Str("PolicyArn")} version {id} does not exist or is not attachable.");
            if (policy.Str("DefaultVersionId") == id)
                throw LocalServiceException.DeleteConflict("Cannot delete the default version of a policy.");
            versions.Remove(id);
            return [];
        };
        _handlers["SetDefaultPolicyVersion"] = (c, a) =>
        {
            var policy = LocalPolicy(a, c.Required("PolicyArn"));
            var id = c.Required("VersionId");
            if (policy["_versions"]?[id] is null)
                throw LocalServiceException.NoSuchEntity($"Policy {c.Str("PolicyArn")} version {id} does not exist or is not attachable.");
            SetDefault(policy, id);
            return [];
        };
        _handlers["TagPolicy"] = (c, a) => { IamTags.Merge(LocalPolicy(a, c.Required("PolicyArn")), c.Input["Tags"] as JsonArray); return []; };
        _handlers["UntagPolicy"] = (c, a) => { IamTags.Remove(LocalPolicy(a, c.Required("PolicyArn")), c.Input["TagKeys"] as JsonArray); return []; };
        _handlers["ListPolicyTags"] = (c, a) => IamTags.List(c, a.Policy(c.Required("PolicyArn")));
    }

    // Only the account's own policies can change; AWS managed ones are read-only.
    private static JsonObject LocalPolicy(IamAccount a, string arn)
    {
        if (a.Policies[arn] is JsonObject policy) return policy;
        if (ManagedPolicies.Get(arn) is not null) throw LocalServiceException.AccessDenied($"Cannot modify AWS managed policy {arn}.");
        throw LocalServiceException.NoSuchEntity($"Policy {arn} does not exist or is not attachable.");
    }

    private static JsonObject Version(string document, string id, bool isDefault, string now) => new()
    {
        ["Document"] = document, ["VersionId"] = id, ["IsDefaultVersion"] = isDefault, ["CreateDate"] = now,
    };

    private static void SetDefault(JsonObject policy, string id)
    {
        foreach (var (vid, v) in policy.Obj("_versions")) v!["IsDefaultVersion"] = vid == id;
        policy["DefaultVersionId"] = id;
    }

    private static JsonObject VersionOutput(JsonNode version, bool withDocument)
    {
        var copy = (JsonObject)version.DeepClone();
        if (withDocument) copy["Document"] = IamAccount.Encode(copy.Str("Document") ?? "");
        else copy.Remove("Document");
        return copy;
    }

    private static JsonObject PolicyOutput(IamAccount a, JsonObject policy)
    {
        var copy = (JsonObject)policy.DeepClone();
        copy["AttachmentCount"] = a.AttachmentCount(policy.Str("Arn")!);
        return copy;
    }
}
