using Aws.Core.Credentials;

namespace Aws.Core.Tests.Credentials;

public sealed class RefreshingCredentialSourceTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private RefreshingCredentialSource Source(Func<int, AwsCredentials> make, AwsCredentials? initial = null)
    {
        var n = 0;
        return new RefreshingCredentialSource(_ => ValueTask.FromResult(make(++n)), initial, _clock);
    }

    [Fact]
    public async Task DeferredSourceFetchesOnFirstUseOnly()
    {
        var calls = 0;
        var source = Source(n => { calls++; return new AwsCredentials("AK" + n, "S", "T", _clock.Now.AddHours(1)); });
        Assert.Equal(0, calls);
        Assert.Equal("AK1", (await source.GetCredentialsAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal("AK1", (await source.GetCredentialsAsync(CancellationToken.None)).AccessKeyId);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task RefreshesFifteenMinutesBeforeExpiry()
    {
        var source = Source(n => new AwsCredentials("AK" + n, "S", "T", _clock.Now.AddHours(1)));
        await source.GetCredentialsAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(44));
        Assert.Equal("AK1", (await source.GetCredentialsAsync(CancellationToken.None)).AccessKeyId);
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("AK2", (await source.GetCredentialsAsync(CancellationToken.None)).AccessKeyId);
    }

    [Fact]
    public async Task FailedAdvisoryRefreshKeepsTheOldCredentials()
    {
        var initial = new AwsCredentials("AK0", "S", "T", _clock.Now.AddMinutes(12));
        var source = new RefreshingCredentialSource(_ => throw new CredentialException("down"), initial, _clock);
        Assert.Equal("AK0", (await source.GetCredentialsAsync(CancellationToken.None)).AccessKeyId);
        _clock.Advance(TimeSpan.FromMinutes(3));
        await Assert.ThrowsAsync<CredentialException>(async () => await source.GetCredentialsAsync(CancellationToken.None));
    }

    [Fact]
    public void CredentialsNeverPrintTheirSecrets()
    {
        var text = new AwsCredentials("AKID", "very-secret", "tok").ToString();
        Assert.DoesNotContain("very-secret", text);
        Assert.DoesNotContain("tok\"", text);
    }
}
