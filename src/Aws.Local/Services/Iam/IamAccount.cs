using System.Text.Json.Nodes;
using Aws.Core.Protocols.Formats;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

/// <summary>
/// One account's IAM entities inside the state document. Entities are stored in their AWS output shape
/// (UserName, Arn, CreateDate, ...) plus private members starting with '_' that serializers never write.
/// </summary>
public sealed class IamAccount(JsonObject state, string accountId)
{
    public JsonObject State { get; } = state;
    public string AccountId { get; } = accountId;
    public JsonObject Root => State.Obj("accounts").Obj(AccountId);
    public JsonObject Users => Root.Obj("users");
    public JsonObject Groups => Root.Obj("groups");
    public JsonObject Roles => Root.Obj("roles");
    public JsonObject Policies => Root.Obj("policies");
    public JsonObject InstanceProfiles => Root.Obj("instanceProfiles");
    public JsonObject MfaDevices => Root.Obj("mfaDevices");
    public JsonObject AccessKeys => State.Obj("accessKeys");

    public static string Now(DateTimeOffset now) => TimestampFormatter.FormatIso8601(new DateTimeOffset(now.UtcDateTime.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero));

    public string Arn(string kind, string? path, string name) => $"arn:aws:iam::{AccountId}:{kind}{path ?? "/"}{name}";

    public JsonObject User(string name) => Users[name] as JsonObject
        ?? throw LocalServiceException.NoSuchEntity($"The user with name {name} cannot be found.");
    public JsonObject Group(string name) => Groups[name] as JsonObject
        ?? throw LocalServiceException.NoSuchEntity($"The group with name {name} cannot be found.");
    public JsonObject Role(string name) => Roles[name] as JsonObject
        ?? throw LocalServiceException.NoSuchEntity($"The role with name {name} cannot be found.");
    public JsonObject InstanceProfile(string name) => InstanceProfiles[name] as JsonObject
        ?? throw LocalServiceException.NoSuchEntity($"Instance Profile {name} cannot be found.");

    /// <summary>A customer managed policy of this account, or an AWS managed one (a fresh copy).</summary>
    public JsonObject? FindPolicy(string arn) =>
        Policies[arn] as JsonObject ?? ManagedPolicies.Get(arn);

    public JsonObject Policy(string arn) => FindPolicy(arn)
        ?? throw LocalServiceException.NoSuchEntity($"Policy {arn} does not exist or is not attachable.");

    /// <summary>The JSON of a managed policy's default version.</summary>
    public string? DefaultDocument(string arn)
    {
        var policy = FindPolicy(arn);
        if (policy is null) return null;
        return policy["_versions"]?[policy.Str("DefaultVersionId") ?? "v1"]?.Str("Document");
    }

    /// <summary>How many users, groups and roles of this account attach a policy.</summary>
    public int AttachmentCount(string arn)
    {
        var count = 0;
        foreach (var set in new[] { Users, Groups, Roles })
            foreach (var (_, entity) in set)
                if (entity?["_attached"] is JsonArray a && a.Any(n => n?.ToString() == arn)) count++;
        return count;
    }

    /// <summary>Parses and checks a policy document; AWS's MalformedPolicyDocument when it is not a policy.</summary>
    public static JsonObject ValidatePolicy(string json, bool trustPolicy = false)
    {
        var doc = Auth.PolicyDocument.Parse(json) ?? throw LocalServiceException.Malformed();
        var statements = doc["Statement"];
        if (statements is not (JsonArray or JsonObject)) throw LocalServiceException.Malformed("Syntax errors in policy.");
        foreach (var s in Auth.PolicyDocument.Statements(doc))
        {
            var effect = s["Effect"]?.ToString();
            if (effect is not ("Allow" or "Deny")) throw LocalServiceException.Malformed("Invalid effect: " + (effect ?? "null"));
            if (s["Action"] is null && s["NotAction"] is null) throw LocalServiceException.Malformed("Policy statement must contain actions.");
            if (!trustPolicy && s["Resource"] is null && s["NotResource"] is null)
                throw LocalServiceException.Malformed("Policy statement must contain resources.");
            if (trustPolicy && s["Principal"] is null && s["NotPrincipal"] is null)
                throw LocalServiceException.Malformed("Has prohibited field Resource.");
        }
        return doc;
    }

    /// <summary>IAM returns policy documents URL-encoded.</summary>
    public static string Encode(string document) => Uri.EscapeDataString(document);
}
