using Aws.Testing.Http;
using System.Globalization;
using System.Text.Json.Nodes;
using Aws.Core.Credentials;

namespace Aws.Core.Tests.Credentials;

/// <summary>SSO profiles against a fake portal (GetRoleCredentials) and a fake OIDC endpoint (token refresh).</summary>
public sealed class SsoProviderTests : IDisposable
{
    private const string StartUrl = "https://my-sso-portal.awsapps.com/start";
    private readonly CredentialTestBed _bed = new();
    private readonly FakeEndpoint _portal;
    private readonly FakeEndpoint _oidc;
    private string? _portalError;

    public SsoProviderTests()
    {
        _portal = new FakeEndpoint(request =>
        {
            if (_portalError is { } type) return FakeResponse.Error(type, 401, "Session token not found or invalid");
            var expiration = (_bed.Clock.Now + TimeSpan.FromHours(1)).ToUnixTimeMilliseconds();
            return FakeResponse.Json($"{{\"roleCredentials\":{{\"accessKeyId\":\"ASIASSO\",\"secretAccessKey\":\"ssosecret\"," +
                $"\"sessionToken\":\"ssotoken\",\"expiration\":{expiration}}}}}");
        });
        _oidc = new FakeEndpoint(_ => FakeResponse.Json("{\"accessToken\":\"refreshed-token\",\"expiresIn\":28800,\"refreshToken\":\"refresh-2\"}"));
        _bed.Endpoints["sso"] = _portal.Url;
        _bed.Endpoints["sso-oidc"] = _oidc.Url;
    }

    public void Dispose()
    {
        _portal.Dispose();
        _oidc.Dispose();
        _bed.Dispose();
    }

    private void SessionProfile() => _bed.Config(
        "[profile dev]\nsso_session = my-sso\nsso_account_id = 111122223333\nsso_role_name = ReadOnly\n" +
        $"[sso-session my-sso]\nsso_start_url = {StartUrl}\nsso_region = eu-west-1\n");

    private void LegacyProfile() => _bed.Config(
        $"[profile dev]\nsso_start_url = {StartUrl}\nsso_region = eu-west-1\nsso_account_id = 111122223333\nsso_role_name = ReadOnly\n");

    private void CacheToken(string key, TimeSpan left, bool refreshable = false)
    {
        Directory.CreateDirectory(_bed.SsoCacheDir);
        var token = new JsonObject
        {
            ["startUrl"] = StartUrl,
            ["region"] = "eu-west-1",
            ["accessToken"] = "cached-token",
            ["expiresAt"] = Format(_bed.Clock.Now + left),
        };
        if (refreshable)
        {
            token["clientId"] = "cid";
            token["clientSecret"] = "csecret";
            token["registrationExpiresAt"] = Format(_bed.Clock.Now.AddDays(30));
            token["refreshToken"] = "refresh-1";
        }
        File.WriteAllText(Path.Combine(_bed.SsoCacheDir, key + ".json"), token.ToJsonString());
    }

    private static string Format(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // python3 -c 'import hashlib; print(hashlib.sha1(b"my-sso").hexdigest())'
    private static readonly string SessionKey = Sha1("my-sso");
    private static readonly string LegacyKey = Sha1(StartUrl);

    private static string Sha1(string s) => Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(s)));

    [Fact]
    public async Task ExchangesTheCachedSessionTokenForRoleCredentials()
    {
        SessionProfile();
        CacheToken(SessionKey, TimeSpan.FromHours(2));
        _bed.ProfileOption = "dev";
        var (method, creds) = await _bed.CredentialsAsync();
        Assert.Equal("sso", method);
        Assert.Equal(("ASIASSO", "ssosecret", "ssotoken"), (creds.AccessKeyId, creds.SecretAccessKey, creds.SessionToken));
        var request = _portal.Received.Single();
        Assert.Equal("/federation/credentials", request.Path);
        Assert.Contains("role_name=ReadOnly", request.Query);
        Assert.Contains("account_id=111122223333", request.Query);
        Assert.Equal("cached-token", request.Header("x-amz-sso_bearer_token"));
        Assert.Null(request.Header("Authorization"));
        Assert.Contains(("sso", "eu-west-1", false), _bed.ClientsMade);
    }

    [Fact]
    public async Task CachesRoleCredentialsUnderTheCliKey()
    {
        SessionProfile();
        CacheToken(SessionKey, TimeSpan.FromHours(2));
        _bed.ProfileOption = "dev";
        await _bed.CredentialsAsync();
        // sha1 of {"accountId":"111122223333","roleName":"ReadOnly","sessionName":"my-sso"} (compact, sorted), as botocore keys it.
        var file = Path.Combine(_bed.CliCacheDir, Sha1("{\"accountId\":\"111122223333\",\"roleName\":\"ReadOnly\",\"sessionName\":\"my-sso\"}") + ".json");
        var cached = _bed.ReadJson(file);
        Assert.Equal("sso", cached["ProviderType"]!.GetValue<string>());
        Assert.EndsWith("Z", cached["Credentials"]!["Expiration"]!.GetValue<string>());
        await _bed.CredentialsAsync();
        Assert.Single(_portal.Received);
    }

    [Fact]
    public async Task LegacyProfilesUseTheStartUrlKey()
    {
        LegacyProfile();
        CacheToken(LegacyKey, TimeSpan.FromHours(2));
        _bed.ProfileOption = "dev";
        Assert.Equal("ASIASSO", (await _bed.CredentialsAsync()).Credentials.AccessKeyId);
        Assert.True(File.Exists(Path.Combine(_bed.CliCacheDir,
            Sha1($"{{\"accountId\":\"111122223333\",\"roleName\":\"ReadOnly\",\"startUrl\":\"{StartUrl}\"}}") + ".json")));
    }

    [Fact]
    public async Task RejectedTokenTellsToRunSsoLogin()
    {
        LegacyProfile();
        CacheToken(LegacyKey, TimeSpan.FromHours(-1));
        _portalError = "UnauthorizedException";
        _bed.ProfileOption = "dev";
        var found = await _bed.ResolveAsync();
        var e = await Assert.ThrowsAsync<CredentialException>(async () => await found!.GetCredentialsAsync(CancellationToken.None));
        Assert.Equal(SsoProvider.ExpiredMessage, e.Message);
        Assert.Contains("run aws sso login", e.Message);
    }

    [Fact]
    public async Task ExpiredSessionTokenWithoutRefreshFails()
    {
        SessionProfile();
        CacheToken(SessionKey, TimeSpan.FromMinutes(-5));
        _bed.ProfileOption = "dev";
        var found = await _bed.ResolveAsync();
        var e = await Assert.ThrowsAsync<CredentialException>(async () => await found!.GetCredentialsAsync(CancellationToken.None));
        Assert.Equal("Error when retrieving token from sso: Token has expired and refresh failed", e.Message);
        Assert.Empty(_portal.Received);
    }

    [Fact]
    public async Task SessionTokenCloseToExpiryIsRefreshedAndSaved()
    {
        SessionProfile();
        CacheToken(SessionKey, TimeSpan.FromMinutes(5), refreshable: true);
        _bed.ProfileOption = "dev";
        await _bed.CredentialsAsync();
        var refresh = _oidc.Received.Single();
        Assert.Equal("/token", refresh.Path);
        var body = JsonNode.Parse(refresh.Body)!;
        Assert.Equal("refresh_token", body["grantType"]!.GetValue<string>());
        Assert.Equal("refresh-1", body["refreshToken"]!.GetValue<string>());
        Assert.Equal("refreshed-token", _portal.Received.Single().Header("x-amz-sso_bearer_token"));
        var saved = _bed.ReadJson(Path.Combine(_bed.SsoCacheDir, SessionKey + ".json"));
        Assert.Equal("refreshed-token", saved["accessToken"]!.GetValue<string>());
        Assert.Equal("refresh-2", saved["refreshToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task MissingTokenIsReported()
    {
        SessionProfile();
        _bed.ProfileOption = "dev";
        var found = await _bed.ResolveAsync();
        var e = await Assert.ThrowsAsync<CredentialException>(async () => await found!.GetCredentialsAsync(CancellationToken.None));
        Assert.Equal("Error loading SSO Token: Token for my-sso does not exist", e.Message);
    }

    [Theory]
    [InlineData("[profile dev]\nsso_account_id = 1\nsso_role_name = r\nsso_region = us-east-1\n",
        "The profile \"dev\" is configured to use SSO but is missing required configuration: sso_start_url")]
    [InlineData("[profile dev]\nsso_account_id = 1\nsso_role_name = r\nsso_session = nope\n",
        "The specified sso-session does not exist: \"nope\"")]
    [InlineData("[profile dev]\nsso_account_id = 1\nsso_role_name = r\nsso_session = s\nsso_region = us-east-1\n[sso-session s]\nsso_start_url = https://x\nsso_region = eu-west-1\n",
        "The value for sso_region is inconsistent between profile (us-east-1) and sso-session (eu-west-1).")]
    public async Task ReportsBadSsoConfiguration(string config, string message)
    {
        _bed.Config(config);
        _bed.ProfileOption = "dev";
        var e = await Assert.ThrowsAsync<CredentialException>(_bed.ResolveAsync);
        Assert.Equal(message, e.Message);
    }
}
