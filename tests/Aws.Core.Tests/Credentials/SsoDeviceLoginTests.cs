using Aws.Testing.Http;
using System.Text.Json.Nodes;
using Aws.Core.Credentials;

namespace Aws.Core.Tests.Credentials;

/// <summary>`aws sso login`'s device flow against a fake SSO OIDC endpoint.</summary>
public sealed class SsoDeviceLoginTests : IDisposable
{
    private const string StartUrl = "https://my-sso-portal.awsapps.com/start";
    private readonly CredentialTestBed _bed = new();
    private readonly Queue<FakeResponse> _tokenAnswers = new();
    private readonly FakeEndpoint _oidc;
    private readonly List<TimeSpan> _sleeps = [];

    public SsoDeviceLoginTests()
    {
        _oidc = new FakeEndpoint(request => request.Path switch
        {
            "/client/register" => FakeResponse.Json(
                $"{{\"clientId\":\"cid\",\"clientSecret\":\"csecret\",\"clientIdIssuedAt\":1,\"clientSecretExpiresAt\":{_bed.Clock.Now.AddDays(90).ToUnixTimeSeconds()}}}"),
            "/device_authorization" => FakeResponse.Json(
                "{\"deviceCode\":\"dev-code\",\"userCode\":\"ABCD-EFGH\",\"verificationUri\":\"https://device.sso.eu-west-1.amazonaws.com/\"," +
                "\"verificationUriComplete\":\"https://device.sso.eu-west-1.amazonaws.com/?user_code=ABCD-EFGH\",\"expiresIn\":600,\"interval\":1}"),
            "/token" => _tokenAnswers.Count > 0 ? _tokenAnswers.Dequeue()
                : FakeResponse.Json("{\"accessToken\":\"the-token\",\"tokenType\":\"Bearer\",\"expiresIn\":28800,\"refreshToken\":\"r1\"}"),
            _ => FakeResponse.Text("?", 404),
        });
        _bed.Endpoints["sso-oidc"] = _oidc.Url;
    }

    public void Dispose()
    {
        _oidc.Dispose();
        _bed.Dispose();
    }

    private SsoDeviceLogin Login() => new(_bed.Context(), "eu-west-1")
    {
        Sleep = (t, _) => { _sleeps.Add(t); return Task.CompletedTask; },
    };

    private static string Sha1(string s) => JsonFileCache.Sha1Hex(s);

    [Fact]
    public async Task PollsHonouringIntervalAndSlowDownThenCachesTheToken()
    {
        _tokenAnswers.Enqueue(FakeResponse.Error("AuthorizationPendingException"));
        _tokenAnswers.Enqueue(FakeResponse.Error("AuthorizationPendingException"));
        _tokenAnswers.Enqueue(FakeResponse.Error("SlowDownException"));
        var shown = new List<SsoDeviceAuthorization>();
        var token = await Login().LoginAsync(StartUrl, "my-sso", ["sso:account:access"], shown.Add, CancellationToken.None);

        var pending = Assert.Single(shown);
        Assert.Equal("ABCD-EFGH", pending.UserCode);
        Assert.Equal("https://device.sso.eu-west-1.amazonaws.com/", pending.VerificationUri);
        // First attempt before showing the code, then every interval (1 s), +5 s after SlowDown.
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(6)], _sleeps);

        var register = JsonNode.Parse(_oidc.Received.First(r => r.Path == "/client/register").Body)!;
        Assert.Equal("botocore-client-my-sso", register["clientName"]!.GetValue<string>());
        Assert.Equal("public", register["clientType"]!.GetValue<string>());
        Assert.Equal("sso:account:access", register["scopes"]![0]!.GetValue<string>());
        var create = JsonNode.Parse(_oidc.Received.Last().Body)!;
        Assert.Equal("urn:ietf:params:oauth:grant-type:device_code", create["grantType"]!.GetValue<string>());
        Assert.Equal("dev-code", create["deviceCode"]!.GetValue<string>());

        var file = Path.Combine(_bed.SsoCacheDir, Sha1("my-sso") + ".json");
        var cached = _bed.ReadJson(file);
        Assert.Equal("the-token", cached["accessToken"]!.GetValue<string>());
        Assert.Equal(StartUrl, cached["startUrl"]!.GetValue<string>());
        Assert.Equal("eu-west-1", cached["region"]!.GetValue<string>());
        Assert.Equal("r1", cached["refreshToken"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", cached["expiresAt"]!.GetValue<string>());
        Assert.Equal("the-token", token["accessToken"]!.GetValue<string>());
        Assert.StartsWith("{\"startUrl\": ", File.ReadAllText(file));
    }

    [Fact]
    public async Task ReusesTheCachedRegistration()
    {
        await Login().LoginAsync(StartUrl, null, null, _ => { }, CancellationToken.None);
        await Login().LoginAsync(StartUrl, null, null, _ => { }, CancellationToken.None);
        Assert.Single(_oidc.Received, r => r.Path == "/client/register");
        // Legacy profiles key the token by the start URL; the registration by its botocore arguments.
        Assert.True(File.Exists(Path.Combine(_bed.SsoCacheDir, Sha1(StartUrl) + ".json")));
        var registrationKey = Sha1("{\"region\": \"eu-west-1\", \"scopes\": null, \"session_name\": null, \"startUrl\": \"" + StartUrl + "\", \"tool\": \"botocore\"}");
        Assert.Equal(registrationKey, SsoDeviceLogin.RegistrationCacheKey(StartUrl, "eu-west-1", null, null));
        Assert.True(File.Exists(Path.Combine(_bed.SsoCacheDir, registrationKey + ".json")));
    }

    [Fact]
    public async Task PreAuthorizedClientsAreNotShownTheCode()
    {
        var shown = 0;
        await Login().LoginAsync(StartUrl, "s", null, _ => shown++, CancellationToken.None);
        Assert.Equal(0, shown);
    }

    [Fact]
    public async Task ExpiredAuthorizationStopsWithTheCliMessage()
    {
        _tokenAnswers.Enqueue(FakeResponse.Error("ExpiredTokenException"));
        var e = await Assert.ThrowsAsync<CredentialException>(() => Login().LoginAsync(StartUrl, "s", null, _ => { }, CancellationToken.None));
        Assert.StartsWith("The pending authorization to retrieve an SSO token has expired.", e.Message);
    }
}
