using Aws.Testing.Http;
using Aws.Core.Credentials;

namespace Aws.Core.Tests.Credentials;

public sealed class WebIdentityProviderTests : IDisposable
{
    private readonly CredentialTestBed _bed = new();
    private readonly FakeSts _sts;
    private readonly string _tokenFile;

    public WebIdentityProviderTests()
    {
        _sts = new FakeSts(() => _bed.Clock.Now);
        _bed.Endpoints["sts"] = _sts.Endpoint.Url;
        _tokenFile = Path.Combine(_bed.Home, "token.jwt");
        File.WriteAllText(_tokenFile, "eyJ.jwt");
    }

    public void Dispose()
    {
        _sts.Dispose();
        _bed.Dispose();
    }

    [Fact]
    public async Task EnvironmentVariablesConfigureAnUnsignedCall()
    {
        _bed.Env["AWS_WEB_IDENTITY_TOKEN_FILE"] = _tokenFile;
        _bed.Env["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/web";
        _bed.Env["AWS_ROLE_SESSION_NAME"] = "pod-1";
        var (method, creds) = await _bed.CredentialsAsync();
        Assert.Equal("assume-role-with-web-identity", method);
        Assert.Equal("ASIA1", creds.AccessKeyId);
        var request = _sts.Endpoint.Received.Single();
        Assert.Equal("AssumeRoleWithWebIdentity", request.Form("Action"));
        Assert.Equal("eyJ.jwt", request.Form("WebIdentityToken"));
        Assert.Equal("pod-1", request.Form("RoleSessionName"));
        Assert.Null(request.Header("Authorization"));
        // sha1 of {"RoleArn": "arn:aws:iam::123456789012:role/web", "RoleSessionName": "pod-1"} (sorted keys)
        Assert.Single(Directory.GetFiles(_bed.CliCacheDir));
    }

    [Fact]
    public async Task ProfileKeysWorkAndExplicitProfileIgnoresTheEnvironment()
    {
        _bed.Env["AWS_WEB_IDENTITY_TOKEN_FILE"] = "/nonexistent";
        _bed.Config($"[profile web]\nweb_identity_token_file = {_tokenFile}\nrole_arn = arn:aws:iam::123456789012:role/web\n");
        _bed.ProfileOption = "web";
        await _bed.CredentialsAsync();
        Assert.StartsWith("botocore-session-", _sts.Endpoint.Received.Single().Form("RoleSessionName"));
    }

    [Fact]
    public async Task MissingRoleArnIsAnError()
    {
        _bed.Env["AWS_WEB_IDENTITY_TOKEN_FILE"] = _tokenFile;
        var e = await Assert.ThrowsAsync<CredentialException>(_bed.ResolveAsync);
        Assert.Contains("has no role ARN configured", e.Message);
    }
}
