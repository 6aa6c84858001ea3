using System.Text.Json.Nodes;
using Aws.Core.Protocols.Formats;
using Aws.Local.Host;
using Aws.Local.Policy.Validation;
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
    public JsonObject SamlProviders => Root.Obj("samlProviders");
    public JsonObject OidcProviders => Root.Obj("oidcProviders");
    public JsonObject ServerCertificates => Root.Obj("serverCertificates");
    public JsonObject SigningCertificates => Root.Obj("signingCertificates");
    public JsonObject SshPublicKeys => Root.Obj("sshPublicKeys");

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

    /// <summary>
    /// Checks a policy document with the policy engine's validator: AWS's MalformedPolicyDocument (and message) when
    /// IAM would reject it. Trust policies naming users or roles of an account the emulator knows must name existing ones.
    /// </summary>
    public static void ValidatePolicy(string json, bool trustPolicy = false, JsonObject? state = null)
    {
        Func<string, bool>? exists = state is null ? null : arn => PrincipalExists(state, arn);
        try
        {
            PolicyValidator.Validate(json, trustPolicy ? PolicyKind.Trust : PolicyKind.Identity, exists);
        }
        catch (MalformedPolicyDocumentException e)
        {
            throw LocalServiceException.Malformed(e.Message);
        }
    }

    // arn:aws:iam::ACCT:user/path/name or role/path/name; accounts the emulator has no state for are trusted.
    private static bool PrincipalExists(JsonObject state, string arn)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length != 6 || state["accounts"]?[parts[4]] is not JsonObject) return true;
        var account = new IamAccount(state, parts[4]);
        var name = parts[5][(parts[5].LastIndexOf('/') + 1)..];
        var set = parts[5].StartsWith("user/", StringComparison.Ordinal) ? account.Users
            : parts[5].StartsWith("role/", StringComparison.Ordinal) ? account.Roles : null;
        return set is null || (set[name] is JsonObject e && e.Str("Arn") == arn);
    }

    /// <summary>IAM returns policy documents URL-encoded.</summary>
    public static string Encode(string document) => Uri.EscapeDataString(document);
}
