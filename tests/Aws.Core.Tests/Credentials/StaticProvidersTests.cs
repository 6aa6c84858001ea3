using Aws.Core.Credentials;

namespace Aws.Core.Tests.Credentials;

public sealed class StaticProvidersTests : IDisposable
{
    private readonly CredentialTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task EnvironmentPrefersSecurityTokenOverSessionToken()
    {
        _bed.Env["AWS_ACCESS_KEY_ID"] = "AK";
        _bed.Env["AWS_SECRET_ACCESS_KEY"] = "S";
        _bed.Env["AWS_SESSION_TOKEN"] = "session";
        _bed.Env["AWS_SECURITY_TOKEN"] = "security";
        Assert.Equal("security", (await _bed.CredentialsAsync()).Credentials.SessionToken);
    }

    [Fact]
    public async Task EnvironmentKeyWithoutSecretIsPartial()
    {
        _bed.Env["AWS_ACCESS_KEY_ID"] = "AK";
        var e = await Assert.ThrowsAsync<CredentialException>(_bed.ResolveAsync);
        Assert.Equal("Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY", e.Message);
    }

    [Fact]
    public async Task EnvironmentExpirationMakesThemExpire()
    {
        _bed.Env["AWS_ACCESS_KEY_ID"] = "AK";
        _bed.Env["AWS_SECRET_ACCESS_KEY"] = "S";
        _bed.Env["AWS_CREDENTIAL_EXPIRATION"] = "2099-01-02T03:04:05Z";
        var creds = (await _bed.CredentialsAsync()).Credentials;
        Assert.Equal(new DateTimeOffset(2099, 1, 2, 3, 4, 5, TimeSpan.Zero), creds.Expiration);
    }

    [Fact]
    public async Task CredentialsFileKeyWithoutSecretIsPartial()
    {
        _bed.Credentials("[default]\naws_access_key_id = AK\n");
        var e = await Assert.ThrowsAsync<CredentialException>(_bed.ResolveAsync);
        Assert.Equal("Partial credentials found in shared-credentials-file, missing: aws_secret_access_key", e.Message);
    }

    [Fact]
    public async Task ConfigFileProfileKeysWithSessionToken()
    {
        _bed.Config("[profile dev]\naws_access_key_id = AK\naws_secret_access_key = S\naws_session_token = T\n");
        _bed.Env["AWS_PROFILE"] = "dev";
        var (method, creds) = await _bed.CredentialsAsync();
        Assert.Equal("config-file", method);
        Assert.Equal(new AwsCredentials("AK", "S", "T"), creds);
    }
}
