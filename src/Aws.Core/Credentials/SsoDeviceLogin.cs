using System.Text.Json.Nodes;

namespace Aws.Core.Credentials;

/// <summary>
/// The OAuth device flow `aws sso login` runs (botocore's SSOTokenFetcher) through the sso-oidc model: RegisterClient
/// (cached in the SSO cache until it expires), StartDeviceAuthorization, CreateToken polled at the given interval
/// (+5 s on SlowDown) until the user approves; the token is written to ~/.aws/sso/cache in the CLI's format.
/// </summary>
public sealed class SsoDeviceLogin(CredentialContext context, string ssoRegion)
{
    public static readonly TimeSpan SlowDownDelay = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ExpiryWindow = TimeSpan.FromMinutes(15);

    /// <summary>Waits between polls (tests replace it).</summary>
    public Func<TimeSpan, CancellationToken, Task> Sleep { get; init; } = Task.Delay;

    private JsonFileCache Cache => context.SsoTokenCache ?? throw new InvalidOperationException("No SSO token cache");

    /// <summary>Logs in and caches the token; returns it.</summary>
    /// <param name="onPending">Shows the user the URL and code (called once, if the first CreateToken is pending).</param>
    /// <exception cref="CredentialException">The authorization expired or a call failed.</exception>
    public async Task<JsonObject> LoginAsync(string startUrl, string? sessionName, IReadOnlyList<string>? scopes,
        Action<SsoDeviceAuthorization> onPending, CancellationToken cancellation)
    {
        var client = context.CreateClient("sso-oidc", ssoRegion, null);
        var registration = await RegistrationAsync(client, startUrl, sessionName, scopes, cancellation);
        var clientId = ApiCall.Text(registration["clientId"])!;
        var clientSecret = ApiCall.Text(registration["clientSecret"])!;

        var (auth, _) = await ApiCall.InvokeAsync(client, "StartDeviceAuthorization", new JsonObject
        {
            ["clientId"] = clientId,
            ["clientSecret"] = clientSecret,
            ["startUrl"] = startUrl,
        }, cancellation);
        var now = context.Clock.GetUtcNow();
        var pending = new SsoDeviceAuthorization(ApiCall.Text(auth["userCode"]) ?? "", ApiCall.Text(auth["verificationUri"]) ?? "",
            ApiCall.Text(auth["verificationUriComplete"]) ?? "", now.AddSeconds(ApiCall.Long(auth["expiresIn"])));
        var deviceCode = ApiCall.Text(auth["deviceCode"]) ?? "";
        var interval = auth["interval"] is { } i ? TimeSpan.FromSeconds(ApiCall.Long(i)) : DefaultInterval;

        var shown = false;
        while (true)
        {
            JsonObject? response = null;
            try
            {
                (response, _) = await ApiCall.InvokeAsync(client, "CreateToken", new JsonObject
                {
                    ["grantType"] = "urn:ietf:params:oauth:grant-type:device_code",
                    ["clientId"] = clientId,
                    ["clientSecret"] = clientSecret,
                    ["deviceCode"] = deviceCode,
                }, cancellation);
            }
            catch (ServiceCallException e) when (e.Code == "SlowDownException") { interval += SlowDownDelay; }
            catch (ServiceCallException e) when (e.Code == "AuthorizationPendingException") { }
            catch (ServiceCallException e) when (e.Code == "ExpiredTokenException")
            {
                throw new CredentialException("The pending authorization to retrieve an SSO token has expired. The device authorization " +
                    "flow to retrieve an SSO token must be restarted.");
            }
            if (response is not null)
            {
                var token = new JsonObject
                {
                    ["startUrl"] = startUrl,
                    ["region"] = ssoRegion,
                    ["accessToken"] = ApiCall.Text(response["accessToken"]),
                    ["expiresAt"] = Timestamps.Utc(context.Clock.GetUtcNow().AddSeconds(ApiCall.Long(response["expiresIn"]))),
                    ["clientId"] = clientId,
                    ["clientSecret"] = clientSecret,
                    ["registrationExpiresAt"] = ApiCall.Text(registration["expiresAt"]),
                };
                if (ApiCall.Text(response["refreshToken"]) is { } refresh) token["refreshToken"] = refresh;
                Cache.Write(SsoTokenProvider.CacheKey(startUrl, sessionName), token);
                return token;
            }
            // botocore tries once before showing the code, in case the client is already authorized.
            if (!shown) { onPending(pending); shown = true; continue; }
            await Sleep(interval, cancellation);
        }
    }

    private async Task<JsonObject> RegistrationAsync(Aws.Core.Runtime.ServiceClient client, string startUrl, string? sessionName,
        IReadOnlyList<string>? scopes, CancellationToken cancellation)
    {
        var key = RegistrationCacheKey(startUrl, ssoRegion, sessionName, scopes);
        if (Cache.TryRead(key) is { } cached && Timestamps.TryParse(ApiCall.Text(cached["expiresAt"])) is { } expiry
            && expiry - context.Clock.GetUtcNow() >= ExpiryWindow)
            return cached;
        var name = sessionName ?? context.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var input = new JsonObject { ["clientName"] = "botocore-client-" + name, ["clientType"] = "public" };
        if (scopes is { Count: > 0 }) input["scopes"] = new JsonArray([.. scopes.Select(s => (JsonNode?)s)]);
        var (response, _) = await ApiCall.InvokeAsync(client, "RegisterClient", input, cancellation);
        var registration = new JsonObject
        {
            ["clientId"] = ApiCall.Text(response["clientId"]),
            ["clientSecret"] = ApiCall.Text(response["clientSecret"]),
            ["expiresAt"] = Timestamps.Utc(DateTimeOffset.FromUnixTimeSeconds(ApiCall.Long(response["clientSecretExpiresAt"]))),
        };
        if (scopes is { Count: > 0 }) registration["scopes"] = new JsonArray([.. scopes.Select(s => (JsonNode?)s)]);
        Cache.Write(key, registration);
        return registration;
    }

    /// <summary>sha1 of json.dumps({tool, startUrl, region, scopes, session_name}, sort_keys=True).</summary>
    public static string RegistrationCacheKey(string startUrl, string region, string? sessionName, IReadOnlyList<string>? scopes)
    {
        var args = new JsonObject
        {
            ["tool"] = "botocore",
            ["startUrl"] = startUrl,
            ["region"] = region,
            ["scopes"] = scopes is { Count: > 0 } ? new JsonArray([.. scopes.Select(s => (JsonNode?)s)]) : null,
            ["session_name"] = sessionName,
        };
        return JsonFileCache.Sha1Hex(PyJson.Dumps(args, sortKeys: true));
    }
}
