using System.Text.Json.Nodes;
using Aws.Core.Config;

namespace Aws.Core.Credentials;

/// <summary>
/// Profiles with sso_account_id / sso_role_name: the cached SSO token exchanged for role credentials with
/// sso:GetRoleCredentials (unsigned, on portal.sso.{region}.amazonaws.com), cached in ~/.aws/cli/cache as the CLI
/// does. Configuration comes from the profile or its [sso-session]; messages follow botocore's SSOProvider.
/// </summary>
public sealed class SsoProvider(CredentialContext context, string profileName) : ICredentialProvider
{
    public const string ExpiredMessage =
        "The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run " +
        "aws sso login with the corresponding profile.";

    public string Method => "sso";

    public ValueTask<ICredentialSource?> LoadAsync(CancellationToken cancellation)
    {
        if (ResolveConfig() is not { } config) return ValueTask.FromResult<ICredentialSource?>(null);
        var startUrl = config["sso_start_url"];
        var region = config["sso_region"];
        var roleName = config["sso_role_name"];
        var accountId = config["sso_account_id"];
        config.TryGetValue("sso_session", out var sessionName);

        var keyArgs = new JsonObject { ["roleName"] = roleName, ["accountId"] = accountId };
        if (sessionName is not null) keyArgs["sessionName"] = sessionName; else keyArgs["startUrl"] = startUrl;
        var key = JsonFileCache.FileSafe(JsonFileCache.Sha1Hex(PyJson.Dumps(keyArgs, sortKeys: true, compact: true)));
        var fetcher = new CachedRoleFetcher(context.RoleCache, key, async ct =>
        {
            var tokens = new SsoTokenProvider(context);
            var token = sessionName is null
                ? tokens.LegacyAccessToken(startUrl)
                : await tokens.SessionAccessTokenAsync(sessionName, startUrl, region, ct);
            var client = context.CreateClient("sso", region, null);
            JsonObject result;
            try
            {
                (result, _) = await ApiCall.InvokeAsync(client, "GetRoleCredentials",
                    new JsonObject { ["roleName"] = roleName, ["accountId"] = accountId, ["accessToken"] = token }, ct);
            }
            catch (ServiceCallException e) when (e.Code == "UnauthorizedException")
            {
                throw new CredentialException(ExpiredMessage);
            }
            var role = result["roleCredentials"] as JsonObject ?? new JsonObject();
            var expirationMs = ApiCall.Long(role["expiration"]);
            return new JsonObject
            {
                ["ProviderType"] = "sso",
                ["Credentials"] = new JsonObject
                {
                    ["AccessKeyId"] = ApiCall.Text(role["accessKeyId"]),
                    ["SecretAccessKey"] = ApiCall.Text(role["secretAccessKey"]),
                    ["SessionToken"] = ApiCall.Text(role["sessionToken"]),
                    ["Expiration"] = Timestamps.Utc(DateTimeOffset.FromUnixTimeMilliseconds(expirationMs)),
                },
            };
        }, Method, context.Clock);
        return ValueTask.FromResult<ICredentialSource?>(new RefreshingCredentialSource(fetcher.FetchAsync, clock: context.Clock));
    }

    /// <summary>The profile's SSO settings merged with its sso-session, or null when the profile is not an SSO one.</summary>
    private Dictionary<string, string>? ResolveConfig()
    {
        var profile = context.Profile(profileName) ?? new ConfigSection();
        if (!profile.ContainsKey("sso_role_name") && !profile.ContainsKey("sso_account_id")) return null;
        var merged = profile.Where(kv => kv.Value.Text is not null).ToDictionary(kv => kv.Key, kv => kv.Value.Text!, StringComparer.Ordinal);
        var required = new List<string> { "sso_role_name", "sso_account_id", "sso_start_url", "sso_region" };
        if (profile.GetText("sso_session") is { } sessionName)
        {
            if (!context.Config.Files.SsoSessions.TryGetValue(sessionName, out var session))
                throw new CredentialException($"The specified sso-session does not exist: \"{sessionName}\"");
            foreach (var (k, value) in session)
            {
                if (value.Text is not { } text) continue;
                if (merged.TryGetValue(k, out var mine) && mine != text)
                    throw new CredentialException(
                        $"The value for {k} is inconsistent between profile ({mine}) and sso-session ({text}).");
                merged[k] = text;
            }
            required.Add("sso_session");
        }
        var missing = required.Where(r => !merged.ContainsKey(r)).ToList();
        if (missing.Count > 0)
            throw new CredentialException(
                $"The profile \"{profileName}\" is configured to use SSO but is missing required configuration: {string.Join(", ", missing)}");
        return merged;
    }
}
