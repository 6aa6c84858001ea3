using Aws.Testing.Http;
using Aws.Core.Config;
using Aws.Core.Credentials;

namespace Aws.Core.Tests.Credentials;

/// <summary>The order of the chain (botocore's create_credential_resolver) and what each link reports as its method.</summary>
public sealed class ChainOrderTests : IDisposable
{
    private readonly CredentialTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task EnvironmentKeysComeFirst()
    {
        _bed.Env["AWS_ACCESS_KEY_ID"] = "AKENV";
        _bed.Env["AWS_SECRET_ACCESS_KEY"] = "envsecret";
        _bed.Credentials("[default]\naws_access_key_id = AKFILE\naws_secret_access_key = filesecret\n");
        var (method, creds) = await _bed.CredentialsAsync();
        Assert.Equal("env", method);
        Assert.Equal("AKENV", creds.AccessKeyId);
    }

    [Fact]
    public async Task ExplicitProfileOptionSkipsTheEnvironment()
    {
        _bed.Env["AWS_ACCESS_KEY_ID"] = "AKENV";
        _bed.Env["AWS_SECRET_ACCESS_KEY"] = "envsecret";
        _bed.Credentials("[dev]\naws_access_key_id = AKDEV\naws_secret_access_key = devsecret\n");
        _bed.ProfileOption = "dev";
        var (method, creds) = await _bed.CredentialsAsync();
        Assert.Equal("shared-credentials-file", method);
        Assert.Equal("AKDEV", creds.AccessKeyId);
    }

    [Fact]
    public async Task AwsProfileVariableDoesNotSkipTheEnvironment()
    {
        _bed.Env["AWS_ACCESS_KEY_ID"] = "AKENV";
        _bed.Env["AWS_SECRET_ACCESS_KEY"] = "envsecret";
        _bed.Env["AWS_PROFILE"] = "dev";
        _bed.Credentials("[dev]\naws_access_key_id = AKDEV\naws_secret_access_key = devsecret\n");
        Assert.Equal("env", (await _bed.CredentialsAsync()).Method);
    }

    [Fact]
    public async Task CredentialsFileBeatsProcessWhichBeatsConfigFile()
    {
        _bed.Config("[default]\naws_access_key_id = AKCONFIG\naws_secret_access_key = s\ncredential_process = /bin/false\n");
        _bed.Credentials("[default]\naws_access_key_id = AKFILE\naws_secret_access_key = s\n");
        Assert.Equal(("shared-credentials-file", "AKFILE"), await Found());

        _bed.Credentials("");
        _bed.Config("[default]\naws_access_key_id = AKCONFIG\naws_secret_access_key = s\n" +
            "credential_process = sh -c 'echo {\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"AKPROC\\\", \\\"SecretAccessKey\\\": \\\"x\\\"}'\n");
        Assert.Equal(("custom-process", "AKPROC"), await Found());

        _bed.Config("[default]\naws_access_key_id = AKCONFIG\naws_secret_access_key = s\n");
        Assert.Equal(("config-file", "AKCONFIG"), await Found());
    }

    [Fact]
    public async Task RoleProfileBeatsItsOwnStaticKeys()
    {
        using var sts = new FakeSts(() => _bed.Clock.Now);
        _bed.Endpoints["sts"] = sts.Endpoint.Url;
        _bed.Config("[default]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = default\n" +
            "aws_access_key_id = AKSELF\naws_secret_access_key = s\n");
        Assert.Equal(("assume-role", "ASIA1"), await Found());
        Assert.Equal("AKSELF", SignedWith(sts.Endpoint.Received.Single()));
    }

    [Fact]
    public async Task WebIdentityBeatsSsoAndStaticKeys()
    {
        using var sts = new FakeSts(() => _bed.Clock.Now);
        _bed.Endpoints["sts"] = sts.Endpoint.Url;
        var tokenFile = Path.Combine(_bed.Home, "token");
        File.WriteAllText(tokenFile, "jwt");
        _bed.Config($"[default]\nweb_identity_token_file = {tokenFile}\nrole_arn = arn:aws:iam::123456789012:role/web\n" +
            "sso_account_id = 1\nsso_role_name = r\nsso_start_url = https://x\nsso_region = us-east-1\n");
        _bed.Credentials("[default]\naws_access_key_id = AKFILE\naws_secret_access_key = s\n");
        Assert.Equal(("assume-role-with-web-identity", "ASIA1"), await Found());
    }

    [Fact]
    public async Task ContainerComesBeforeInstanceMetadataAndAfterTheFiles()
    {
        using var container = new FakeEndpoint(_ => FakeResponse.Json(
            "{\"AccessKeyId\":\"AKCONT\",\"SecretAccessKey\":\"s\",\"Token\":\"t\",\"Expiration\":\"2099-01-01T00:00:00Z\"}"));
        _bed.Env["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = container.Url + "/creds";
        _bed.Env.Remove("AWS_EC2_METADATA_DISABLED");
        _bed.Env["AWS_EC2_METADATA_SERVICE_ENDPOINT"] = "http://127.0.0.1:1";
        Assert.Equal(("container-role", "AKCONT"), await Found());

        _bed.Config("[default]\naws_access_key_id = AKCONFIG\naws_secret_access_key = s\n");
        Assert.Equal(("config-file", "AKCONFIG"), await Found());
    }

    [Fact]
    public async Task NothingConfiguredFindsNothing()
    {
        Assert.Null(await _bed.ResolveAsync());
    }

    [Fact]
    public async Task MissingExplicitProfileFailsBeforeAnyProvider()
    {
        _bed.ProfileOption = "nope";
        var e = await Assert.ThrowsAsync<ProfileNotFoundException>(_bed.ResolveAsync);
        Assert.Contains("nope", e.Message);
    }

    [Fact]
    public void ProvidersAreListedInTheCliOrder()
    {
        var methods = CredentialChain.Providers(_bed.Context()).Select(p => p.Method);
        Assert.Equal(["env", "assume-role", "assume-role-with-web-identity", "sso", "shared-credentials-file", "custom-process",
            "config-file", "container-role", "iam-role"], methods);
        _bed.ProfileOption = "x";
        Assert.DoesNotContain("env", CredentialChain.Providers(_bed.Context()).Select(p => p.Method));
    }

    private async Task<(string, string)> Found()
    {
        var (method, creds) = await _bed.CredentialsAsync();
        return (method, creds.AccessKeyId);
    }

    /// <summary>The access key in a SigV4 Authorization header.</summary>
    internal static string? SignedWith(FakeRequest request) =>
        request.Header("Authorization") is { } auth ? auth.Split("Credential=")[1].Split('/')[0] : null;
}
