using Aws.EndToEnd.Tests.Infrastructure;
using Aws.Testing.Http;

namespace Aws.EndToEnd.Tests.Credentials;

/// <summary>
/// `aws sso login --no-browser`, an SSO profile's credentials and `aws sso logout`, against a fake SSO OIDC endpoint
/// and a fake SSO portal (moto has neither), with STS calls going to moto; compared with the real CLI through
/// <see cref="RealCliShim"/>.
/// </summary>
[Collection("moto")]
public sealed class SsoCommandTests : MotoTestBase, IDisposable
{
    private const string StartUrl = "https://my-sso-portal.awsapps.com/start";
    private const string Config = $"""
        [profile sso]
        sso_session = my-sso
        sso_account_id = 123456789012
        sso_role_name = ReadOnly
        region = us-east-1
        [sso-session my-sso]
        sso_start_url = {StartUrl}
        sso_region = us-east-1
        sso_registration_scopes = sso:account:access
        """;

    private readonly FakeEndpoint _oidc;
    private readonly FakeEndpoint _portal;
    private int _tokenCalls;

    public SsoCommandTests(MotoServer moto) : base(moto)
    {
        _oidc = new FakeEndpoint(request => request.Path switch
        {
            "/client/register" => FakeResponse.Json(
                $"{{\"clientId\":\"cid\",\"clientSecret\":\"csecret\",\"clientIdIssuedAt\":1,\"clientSecretExpiresAt\":{DateTimeOffset.UtcNow.AddDays(90).ToUnixTimeSeconds()}}}"),
            "/device_authorization" => FakeResponse.Json(
                "{\"deviceCode\":\"dev-code\",\"userCode\":\"ABCD-EFGH\",\"verificationUri\":\"https://device.sso.us-east-1.amazonaws.com/\"," +
                "\"verificationUriComplete\":\"https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH\",\"expiresIn\":600,\"interval\":1}"),
            // Each login: the first CreateToken is pending (so the code is shown), the next one succeeds.
            "/token" => Interlocked.Increment(ref _tokenCalls) % 2 == 1
                ? FakeResponse.Error("AuthorizationPendingException")
                : FakeResponse.Json("{\"accessToken\":\"the-token\",\"tokenType\":\"Bearer\",\"expiresIn\":28800}"),
            _ => FakeResponse.Text("not found", 404),
        });
        _portal = new FakeEndpoint(request => request.Path switch
        {
            "/federation/credentials" => FakeResponse.Json(
                $"{{\"roleCredentials\":{{\"accessKeyId\":\"ASIASSOEXAMPLE\",\"secretAccessKey\":\"s\",\"sessionToken\":\"t\",\"expiration\":{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds()}}}}}"),
            "/logout" => FakeResponse.Json("{}"),
            _ => FakeResponse.Text("not found", 404),
        });
    }

    void IDisposable.Dispose()
    {
        _oidc.Dispose();
        _portal.Dispose();
        Dispose();
    }

    private Dictionary<string, string?> SsoEnv(string home)
    {
        var env = Env;
        env.Remove("AWS_ACCESS_KEY_ID");
        env.Remove("AWS_SECRET_ACCESS_KEY");
        env["HOME"] = home;
        env["AWS_ENDPOINT_URL_SSO_OIDC"] = env["SHIM_ENDPOINT_SSO_OIDC"] = _oidc.Url;
        env["AWS_ENDPOINT_URL_SSO"] = env["SHIM_ENDPOINT_SSO"] = _portal.Url;
        Directory.CreateDirectory(Path.Combine(home, ".aws"));
        File.WriteAllText(Path.Combine(home, ".aws", "config"), Config);
        return env;
    }

    private static string TokenFile(string home) =>
        Path.Combine(home, ".aws", "sso", "cache", Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData("my-sso"u8)) + ".json");

    [Fact]
    public void Login_prints_the_code_and_caches_the_token_like_the_real_cli()
    {
        var ourHome = Directory.CreateDirectory(Path.Combine(Home, "ours")).FullName;
        var ours = RequireOurs().Run(["sso", "login", "--no-browser", "--profile", "sso"], SsoEnv(ourHome));
        Assert.True(ours.ExitCode == 0, ours.ToString());
        Assert.Contains("\nABCD-EFGH\n", ours.Stdout);
        Assert.EndsWith($"Successfully logged into Start URL: {StartUrl}\n", ours.Stdout);
        Assert.True(File.Exists(TokenFile(ourHome)));
        Assert.Contains("\"accessToken\": \"the-token\"", File.ReadAllText(TokenFile(ourHome)));

        if (RealCliShim.Create(Home) is not { } shim) { Assert.Skip(Cli.RealMissing); return; }
        var realHome = Directory.CreateDirectory(Path.Combine(Home, "real")).FullName;
        var real = shim.Python.Run([shim.ScriptPath, "sso", "login", "--no-browser", "--profile", "sso"], SsoEnv(realHome));
        Assert.Equal(real.ExitCode, ours.ExitCode);
        Assert.Equal(real.Stdout, ours.Stdout);
        Assert.Equal(real.Stderr, ours.Stderr);
        var realFiles = Directory.GetFiles(Path.Combine(realHome, ".aws", "sso", "cache")).Select(Path.GetFileName).Order();
        var ourFiles = Directory.GetFiles(Path.Combine(ourHome, ".aws", "sso", "cache")).Select(Path.GetFileName).Order();
        Assert.Equal(realFiles, ourFiles);
    }

    [Fact]
    public void Sso_profile_credentials_reach_sts_and_logout_clears_the_caches()
    {
        var home = Directory.CreateDirectory(Path.Combine(Home, "flow")).FullName;
        var env = SsoEnv(home);
        var cli = RequireOurs();
        var login = cli.Run(["sso", "login", "--no-browser", "--profile", "sso"], env);
        Assert.True(login.ExitCode == 0, login.ToString());
        env["AWS_PROFILE"] = "sso";
        var identity = cli.Run(["sts", "get-caller-identity", "--endpoint-url", Moto.Endpoint!], env);
        Assert.True(identity.ExitCode == 0, identity.ToString());
        Assert.Contains("\"Account\": \"123456789012\"", identity.Stdout);
        var portalCall = _portal.Received.Single(r => r.Path == "/federation/credentials");
        Assert.Equal("the-token", portalCall.Header("x-amz-sso_bearer_token"));
        var credsCache = Path.Combine(home, ".aws", "cli", "cache");
        Assert.Single(Directory.GetFiles(credsCache));

        var logout = cli.Run(["sso", "logout"], env);
        Assert.Equal(0, logout.ExitCode);
        Assert.Equal("", logout.Stdout);
        Assert.Empty(Directory.GetFiles(credsCache));
        Assert.False(File.Exists(TokenFile(home)));
        Assert.Contains(_portal.Received, r => r.Path == "/logout" && r.Header("x-amz-sso_bearer_token") == "the-token");

        var expired = cli.Run(["sts", "get-caller-identity", "--endpoint-url", Moto.Endpoint!], env);
        Assert.Equal(255, expired.ExitCode);
        Assert.Equal("\nError loading SSO Token: Token for my-sso does not exist\n", expired.Stderr);
    }

    [Theory]
    [InlineData("sso login")]
    [InlineData("sso login --sso-session nope")]
    [InlineData("sso")]
    [InlineData("sso bogus")]
    [InlineData("sso login --bogus")]
    public void Sso_command_errors_match_the_real_cli(string command)
    {
        var args = command.Split(' ');
        var ours = RequireOurs().Run(args, Env, workingDirectory: Home);
        AssertSame(RequireReal().Run(args, Env, workingDirectory: Home), ours);
    }
}
