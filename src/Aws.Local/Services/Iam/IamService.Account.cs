using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

/// <summary>Account aliases (one per account, unique across the local cloud) and GetAccountSummary.</summary>
public sealed partial class IamService
{
    [GeneratedRegex("^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$")]
    private static partial Regex AliasPattern();

    private void RegisterAccount()
    {
        _handlers["CreateAccountAlias"] = (c, a) =>
        {
            var alias = c.Required("AccountAlias");
            if (!AliasPattern().IsMatch(alias))
                throw LocalServiceException.Validation(
                    $"1 validation error detected: Value '{alias}' at 'accountAlias' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){{1,61}}[a-z0-9]$");
            // Aliases name sign-in URLs, so one alias belongs to one account in the whole (local) cloud.
            foreach (var (id, account) in a.State.Obj("accounts"))
                if (id != a.AccountId && account?["alias"]?.ToString() == alias)
                    throw LocalServiceException.AlreadyExists($"The account alias {alias} already exists.");
            // An account has at most one alias: creating another replaces it, as IAM does.
            a.Root["alias"] = alias;
            return [];
        };
        _handlers["DeleteAccountAlias"] = (c, a) =>
        {
            var alias = c.Required("AccountAlias");
            if (a.Root.Str("alias") != alias) throw LocalServiceException.NoSuchEntity($"The account alias {alias} cannot be found.");
            a.Root.Remove("alias");
            return [];
        };
        _handlers["ListAccountAliases"] = (c, a) =>
            IamPaging.Page(c, a.Root.Str("alias") is { } alias ? [JsonValue.Create(alias)] : [], "AccountAliases");
        _handlers["GetAccountSummary"] = (_, a) => new JsonObject { ["SummaryMap"] = Summary(a) };
    }

    // Counts from the state, quotas as IAM reports them for a new account.
    private static JsonObject Summary(IamAccount a)
    {
        static int Count(JsonObject set) => set.Count;
        var userKeys = a.AccessKeys.Where(k => k.Value.Str("account") == a.AccountId).ToList();
        var attachedVersions = a.Policies.Sum(p => (p.Value?["_versions"] as JsonObject)?.Count ?? 0);
        return new JsonObject
        {
            ["Users"] = Count(a.Users), ["UsersQuota"] = 5000,
            ["Groups"] = Count(a.Groups), ["GroupsQuota"] = 300,
            ["Roles"] = Count(a.Roles), ["RolesQuota"] = 1000,
            ["Policies"] = Count(a.Policies), ["PoliciesQuota"] = 1500,
            ["PolicyVersionsInUse"] = attachedVersions, ["PolicyVersionsInUseQuota"] = 10000, ["VersionsPerPolicyQuota"] = 5,
            ["InstanceProfiles"] = Count(a.InstanceProfiles), ["InstanceProfilesQuota"] = 1000,
            ["ServerCertificates"] = Count(a.ServerCertificates), ["ServerCertificatesQuota"] = 20,
            ["MFADevices"] = Count(a.MfaDevices),
            ["MFADevicesInUse"] = a.MfaDevices.Count(d => d.Value.Str("_user") is not null),
            // MFA for the root user is set up in the console only, which the local cloud has not.
            ["AccountMFAEnabled"] = 0,
            ["AccountAccessKeysPresent"] = userKeys.Any(k => k.Value.Str("userName") is null) ? 1 : 0,
            ["AccountSigningCertificatesPresent"] = a.SigningCertificates.Any(k => k.Value.Str("_user") is null) ? 1 : 0,
            ["Providers"] = Count(a.SamlProviders) + Count(a.OidcProviders),
            ["AttachedPoliciesPerUserQuota"] = 10, ["AttachedPoliciesPerGroupQuota"] = 10, ["AttachedPoliciesPerRoleQuota"] = 10,
            ["GroupsPerUserQuota"] = 10, ["AccessKeysPerUserQuota"] = 2, ["SigningCertificatesPerUserQuota"] = 2,
            ["UserPolicySizeQuota"] = 2048, ["GroupPolicySizeQuota"] = 5120, ["RolePolicySizeQuota"] = 10240,
            ["PolicySizeQuota"] = 6144, ["AssumeRolePolicySizeQuota"] = 2048, ["GlobalEndpointTokenVersion"] = 1,
        };
    }
}
