using Aws.Testing.Http;
using Aws.Core.Credentials;

namespace Aws.Core.Tests.Credentials;

/// <summary>role_arn profiles against a fake STS: request parameters, source chains, validation, MFA and the file cache.</summary>
public sealed class AssumeRoleProviderTests : IDisposable
{
    private const string Role = "arn:aws:iam::123456789012:role/my-role";
    private readonly CredentialTestBed _bed = new();
    private readonly FakeSts _sts;

    public AssumeRoleProviderTests()
    {
        _sts = new FakeSts(() => _bed.Clock.Now);
        _bed.Endpoints["sts"] = _sts.Endpoint.Url;
    }

    public void Dispose()
    {
        _sts.Dispose();
        _bed.Dispose();
    }

    private const string Base = "[profile base]\naws_access_key_id = AKBASE\naws_secret_access_key = basesecret\n";

    [Fact]
    public async Task AssumesTheRoleWithTheSourceProfileKeys()
    {
        _bed.Config(Base + $"[profile role]\nrole_arn = {Role}\nsource_profile = base\n");
        _bed.ProfileOption = "role";
        var (method, creds) = await _bed.CredentialsAsync();
        Assert.Equal("assume-role", method);
        Assert.Equal(new AwsCredentials("ASIA1", "secret1", "token1", _bed.Clock.Now.AddHours(1).TruncateToSeconds()), creds);
        var request = _sts.Endpoint.Received.Single();
        Assert.Equal("AssumeRole", request.Form("Action"));
        Assert.Equal(Role, request.Form("RoleArn"));
        Assert.Equal($"botocore-session-{_bed.Clock.Now.ToUnixTimeSeconds()}", request.Form("RoleSessionName"));
        Assert.Null(request.Form("ExternalId"));
        Assert.Equal("AKBASE", ChainOrderTests.SignedWith(request));
    }

    [Fact]
    public async Task PassesExternalIdSessionNameAndDuration()
    {
        _bed.Config(Base + $"[profile role]\nrole_arn = {Role}\nsource_profile = base\nexternal_id = ext-1\n" +
            "role_session_name = mysession\nduration_seconds = 1800\n");
        _bed.ProfileOption = "role";
        await _bed.CredentialsAsync();
        var request = _sts.Endpoint.Received.Single();
        Assert.Equal("ext-1", request.Form("ExternalId"));
        Assert.Equal("mysession", request.Form("RoleSessionName"));
        Assert.Equal("1800", request.Form("DurationSeconds"));
    }

    [Fact]
    public async Task PromptsForTheMfaCodeAndSendsIt()
    {
        _bed.Config(Base + $"[profile role]\nrole_arn = {Role}\nsource_profile = base\nmfa_serial = arn:aws:iam::123456789012:mfa/me\n");
        _bed.ProfileOption = "role";
        _bed.MfaCode = "654321";
        await _bed.CredentialsAsync();
        Assert.Equal(["Enter MFA code for arn:aws:iam::123456789012:mfa/me: "], _bed.Prompts);
        var request = _sts.Endpoint.Received.Single();
        Assert.Equal("arn:aws:iam::123456789012:mfa/me", request.Form("SerialNumber"));
        Assert.Equal("654321", request.Form("TokenCode"));
    }

    [Fact]
    public async Task WritesTheCacheFileTheCliNamesAndReusesIt()
    {
        _bed.Config(Base + $"[profile role]\nrole_arn = {Role}\nsource_profile = base\n");
        _bed.ProfileOption = "role";
        await _bed.CredentialsAsync();
        // sha1 of {"RoleArn": "arn:aws:iam::123456789012:role/my-role"}: the file AWS CLI 2.9.19 wrote for this profile.
        var file = Path.Combine(_bed.CliCacheDir, "894e6826d4c496cb9052952c2b6b8240d97dbc5c.json");
        Assert.True(File.Exists(file));
        var cached = _bed.ReadJson(file);
        Assert.Equal("ASIA1", cached["Credentials"]!["AccessKeyId"]!.GetValue<string>());
        Assert.Equal("req-1", cached["ResponseMetadata"]!["RequestId"]!.GetValue<string>());
        Assert.Equal(200, cached["ResponseMetadata"]!["HTTPStatusCode"]!.GetValue<int>());
        Assert.StartsWith("{\"Credentials\": {\"AccessKeyId\": \"ASIA1\", ", File.ReadAllText(file));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));

        var again = await _bed.CredentialsAsync();
        Assert.Equal("ASIA1", again.Credentials.AccessKeyId);
        Assert.Equal(1, _sts.Issued);
    }

    [Fact]
    public async Task CallsAgainWhenTheCachedCredentialsAreAboutToExpire()
    {
        _bed.Config(Base + $"[profile role]\nrole_arn = {Role}\nsource_profile = base\n");
        _bed.ProfileOption = "role";
        await _bed.CredentialsAsync();
        _bed.Clock.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal("ASIA2", (await _bed.CredentialsAsync()).Credentials.AccessKeyId);
    }

    [Fact]
    public async Task CacheKeyIncludesAnExplicitSessionName()
    {
        _bed.Config(Base + $"[profile role]\nrole_arn = {Role}\nsource_profile = base\nrole_session_name = s1\nexternal_id = e\n");
        _bed.ProfileOption = "role";
        await _bed.CredentialsAsync();
        // python3 -c 'import json,hashlib; print(hashlib.sha1(json.dumps({"RoleArn": ROLE, "RoleSessionName": "s1", "ExternalId": "e"}, sort_keys=True).encode()).hexdigest())'
        Assert.True(File.Exists(Path.Combine(_bed.CliCacheDir, "ca625919867cea4f135ea2487be271846f93ad0d.json")),
            string.Join(", ", Directory.GetFiles(_bed.CliCacheDir)));
    }

    [Fact]
    public async Task ChainsRolesThroughSourceProfiles()
    {
        _bed.Config(Base +
            $"[profile a]\nrole_arn = {Role}-a\nsource_profile = base\n" +
            $"[profile b]\nrole_arn = {Role}-b\nsource_profile = a\n" +
            $"[profile c]\nrole_arn = {Role}-c\nsource_profile = b\n");
        _bed.ProfileOption = "c";
        Assert.Equal("ASIA3", (await _bed.CredentialsAsync()).Credentials.AccessKeyId);
        var calls = _sts.Endpoint.Received;
        Assert.Equal([Role + "-a", Role + "-b", Role + "-c"], calls.Select(r => r.Form("RoleArn")));
        Assert.Equal(["AKBASE", "ASIA1", "ASIA2"], calls.Select(ChainOrderTests.SignedWith));
    }

    [Fact]
    public async Task SourceProfileCanUseAnyProfileProvider()
    {
        _bed.Config($"[profile proc]\ncredential_process = sh -c 'echo {{\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"AKPROC\\\", \\\"SecretAccessKey\\\": \\\"x\\\"}}'\n" +
            $"[profile role]\nrole_arn = {Role}\nsource_profile = proc\n");
        _bed.ProfileOption = "role";
        await _bed.CredentialsAsync();
        Assert.Equal("AKPROC", ChainOrderTests.SignedWith(_sts.Endpoint.Received.Single()));
    }

    [Fact]
    public async Task DetectsCycles()
    {
        _bed.Config($"[profile a]\nrole_arn = {Role}\nsource_profile = b\n[profile b]\nrole_arn = {Role}\nsource_profile = a\n");
        _bed.ProfileOption = "a";
        var e = await Assert.ThrowsAsync<CredentialException>(_bed.ResolveAsync);
        Assert.Equal("Infinite loop in credential configuration detected. Attempting to load from profile a which has already been " +
            "visited. Visited profiles: ['a', 'b']", e.Message);
    }

    [Fact]
    public async Task SelfReferenceWithoutKeysIsACycle()
    {
        _bed.Config($"[profile a]\nrole_arn = {Role}\nsource_profile = a\n");
        _bed.ProfileOption = "a";
        var e = await Assert.ThrowsAsync<CredentialException>(_bed.ResolveAsync);
        Assert.StartsWith("Infinite loop in credential configuration detected. Attempting to load from profile a", e.Message);
    }

    [Theory]
    [InlineData("source_profile = base\ncredential_source = Environment\n", "The profile \"role\" contains both source_profile and credential_source.")]
    [InlineData("", "Partial credentials found in assume-role, missing: source_profile or credential_source")]
    [InlineData("source_profile = ghost\n", "The source_profile \"ghost\" referenced in the profile \"role\" does not exist.")]
    [InlineData("credential_source = environment\n", "The credential source \"environment\" referenced in profile \"role\" is not valid.")]
    [InlineData("source_profile = empty\n", "The source profile \"empty\" must have credentials.")]
    [InlineData("credential_source = Environment\n",
        "Error when retrieving credentials from Environment: No credentials found in credential_source referenced in profile role")]
    public async Task ReportsBadRoleConfigurationAsTheCliDoes(string keys, string message)
    {
        _bed.Config(Base + "[profile empty]\nregion = us-east-1\n" + $"[profile role]\nrole_arn = {Role}\n" + keys);
        _bed.ProfileOption = "role";
        var e = await Assert.ThrowsAsync<CredentialException>(_bed.ResolveAsync);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public async Task CredentialSourceEnvironmentUsesTheEnvironmentEvenWithAnExplicitProfile()
    {
        _bed.Env["AWS_ACCESS_KEY_ID"] = "AKENV";
        _bed.Env["AWS_SECRET_ACCESS_KEY"] = "S";
        _bed.Config($"[profile role]\nrole_arn = {Role}\ncredential_source = Environment\n");
        _bed.ProfileOption = "role";
        Assert.Equal("assume-role", (await _bed.CredentialsAsync()).Method);
        Assert.Equal("AKENV", ChainOrderTests.SignedWith(_sts.Endpoint.Received.Single()));
    }

    [Fact]
    public async Task StsErrorsAreServiceErrorsWithTheCliText()
    {
        _sts.Fail = FakeSts.AccessDenied("not allowed");
        _bed.Config(Base + $"[profile role]\nrole_arn = {Role}\nsource_profile = base\n");
        _bed.ProfileOption = "role";
        var found = await _bed.ResolveAsync();
        var e = await Assert.ThrowsAsync<ServiceCallException>(async () => await found!.GetCredentialsAsync(CancellationToken.None));
        Assert.True(e.IsServiceError);
        Assert.Equal("An error occurred (AccessDenied) when calling the AssumeRole operation: not allowed", e.Message);
    }
}

internal static class TimeExtensions
{
    public static DateTimeOffset TruncateToSeconds(this DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerSecond, t.Offset);
}
