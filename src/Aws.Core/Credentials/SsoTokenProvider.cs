using System.Text.Json.Nodes;

namespace Aws.Core.Credentials;

/// <summary>
/// The SSO access token `aws sso login` cached in ~/.aws/sso/cache/&lt;sha1(session name or start URL)&gt;.json.
/// For an sso-session the token is refreshed with sso-oidc:CreateToken when less than 15 minutes are left (botocore's
/// SSOTokenProvider); legacy profiles use the cached token as is (botocore's SSOTokenLoader).
/// </summary>
public sealed class SsoTokenProvider(CredentialContext context)
{
    public static readonly TimeSpan RefreshWindow = TimeSpan.FromMinutes(15);

    public static string CacheKey(string startUrl, string? sessionName) => JsonFileCache.Sha1Hex(sessionName ?? startUrl);

    private JsonObject Load(string startUrl, string? sessionName)
    {
        var key = CacheKey(startUrl, sessionName);
        if (context.SsoTokenCache?.TryRead(key) is not { } token)
            throw new CredentialException($"Error loading SSO Token: Token for {sessionName ?? startUrl} does not exist");
        if (!token.ContainsKey("accessToken") || !token.ContainsKey("expiresAt"))
            throw new CredentialException($"Error loading SSO Token: Token for {startUrl} is invalid");
        return token;
    }

    /// <summary>The access token for a legacy (start URL) profile, unchecked.</summary>
    public string LegacyAccessToken(string startUrl) => ApiCall.Text(Load(startUrl, null)["accessToken"]) ?? "";

    /// <summary>The access token for an sso-session, refreshed when close to expiry.</summary>
    /// <exception cref="CredentialException">Missing, or expired and not refreshable.</exception>
    public async Task<string> SessionAccessTokenAsync(string sessionName, string startUrl, string region, CancellationToken cancellation)
    {
        var token = Load(startUrl, sessionName);
        var expiry = Timestamps.TryParse(ApiCall.Text(token["expiresAt"])) ?? DateTimeOffset.MinValue;
        var now = context.Clock.GetUtcNow();
        if (expiry - now < RefreshWindow && await TryRefreshAsync(token, startUrl, region, cancellation) is { } refreshed)
        {
            context.SsoTokenCache?.Write(CacheKey(startUrl, sessionName), refreshed);
            token = refreshed;
            expiry = Timestamps.TryParse(ApiCall.Text(token["expiresAt"])) ?? expiry;
        }
        if (expiry <= now) throw new CredentialException("Error when retrieving token from sso: Token has expired and refresh failed");
        return ApiCall.Text(token["accessToken"]) ?? "";
    }

    private async Task<JsonObject?> TryRefreshAsync(JsonObject token, string startUrl, string region, CancellationToken cancellation)
    {
        string? Get(string k) => ApiCall.Text(token[k]);
        if (Get("refreshToken") is not { } refreshToken || Get("clientId") is not { } clientId
            || Get("clientSecret") is not { } clientSecret || Get("registrationExpiresAt") is not { } registrationExpiry) return null;
        if (Timestamps.TryParse(registrationExpiry) is not { } regExpiry || regExpiry <= context.Clock.GetUtcNow()) return null;
        try
        {
            var client = context.CreateClient("sso-oidc", region, null);
            var (result, _) = await ApiCall.InvokeAsync(client, "CreateToken", new JsonObject
            {
                ["grantType"] = "refresh_token",
                ["clientId"] = clientId,
                ["clientSecret"] = clientSecret,
                ["refreshToken"] = refreshToken,
            }, cancellation);
            var expiresIn = ApiCall.Long(result["expiresIn"]);
            var fresh = new JsonObject
            {
                ["startUrl"] = startUrl,
                ["region"] = region,
                ["accessToken"] = ApiCall.Text(result["accessToken"]),
                ["expiresAt"] = Timestamps.Utc(context.Clock.GetUtcNow().AddSeconds(expiresIn)),
                ["clientId"] = clientId,
                ["clientSecret"] = clientSecret,
                ["registrationExpiresAt"] = registrationExpiry,
            };
            if (ApiCall.Text(result["refreshToken"]) is { } newRefresh) fresh["refreshToken"] = newRefresh;
            return fresh;
        }
        catch (ServiceCallException)
        {
            return null;
        }
    }
}
