using Aws.Core.Credentials;

namespace Aws.Core.Tests.Credentials;

public sealed class ProcessProviderTests : IDisposable
{
    private readonly CredentialTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    private void Script(string body)
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("credential_process scripts here are POSIX shell");
        var path = Path.Combine(_bed.Home, "creds.sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _bed.Config($"[default]\ncredential_process = {path} --flag \"two words\"\n");
    }

    [Fact]
    public async Task ReadsVersionOneJsonAndPassesArguments()
    {
        Script("[ \"$2\" = \"two words\" ] || exit 3\necho '{\"Version\": 1, \"AccessKeyId\": \"AKP\", \"SecretAccessKey\": \"S\", \"SessionToken\": \"T\", \"Expiration\": \"2099-01-01T00:00:00Z\"}'\n");
        var (method, creds) = await _bed.CredentialsAsync();
        Assert.Equal("custom-process", method);
        Assert.Equal(new AwsCredentials("AKP", "S", "T", new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero)), creds);
    }

    [Fact]
    public async Task NonZeroExitReportsStderr()
    {
        Script("echo 'token expired, log in again' >&2\nexit 1\n");
        var e = await Assert.ThrowsAsync<CredentialException>(_bed.ResolveAsync);
        Assert.Equal("Error when retrieving credentials from custom-process: token expired, log in again\n", e.Message);
    }

    [Theory]
    [InlineData("{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"S\"}",
        "Error when retrieving credentials from custom-process: Unsupported version '2' for credential process provider, supported versions: 1")]
    [InlineData("{\"AccessKeyId\": \"A\", \"SecretAccessKey\": \"S\"}",
        "Error when retrieving credentials from custom-process: Unsupported version '<Version key not provided>' for credential process provider, supported versions: 1")]
    [InlineData("{\"Version\": 1, \"AccessKeyId\": \"A\"}",
        "Error when retrieving credentials from custom-process: Missing required key in response: 'SecretAccessKey'")]
    public async Task RejectsBadDocuments(string json, string message)
    {
        Script($"cat <<'EOF'\n{json}\nEOF\n");
        var e = await Assert.ThrowsAsync<CredentialException>(_bed.ResolveAsync);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public async Task ExpiringCredentialsAreFetchedAgain()
    {
        var counter = Path.Combine(_bed.Home, "n");
        var expiry = _bed.Clock.Now.AddMinutes(20).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        Script($"echo x >> {counter}\nn=$(wc -l < {counter})\necho \"{{\\\"Version\\\": 1, \\\"AccessKeyId\\\": \\\"AK$n\\\", \\\"SecretAccessKey\\\": \\\"S\\\", \\\"Expiration\\\": \\\"{expiry}\\\"}}\"\n");
        var found = await _bed.ResolveAsync();
        Assert.Equal("AK1", (await found!.GetCredentialsAsync(CancellationToken.None)).AccessKeyId);
        _bed.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal("AK2", (await found.GetCredentialsAsync(CancellationToken.None)).AccessKeyId);
    }
}
