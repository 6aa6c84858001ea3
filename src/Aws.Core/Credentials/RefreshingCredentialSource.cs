namespace Aws.Core.Credentials;

/// <summary>
/// Credentials that expire: fetched on first use when none are given (botocore's deferred credentials), and
/// fetched again when less than <see cref="AdvisoryWindow"/> is left. A failed refresh is tolerated while more
/// than <see cref="MandatoryWindow"/> is left, as botocore does.
/// </summary>
public sealed class RefreshingCredentialSource(
    Func<CancellationToken, ValueTask<AwsCredentials>> fetch,
    AwsCredentials? initial = null,
    TimeProvider? clock = null) : ICredentialSource
{
    public static readonly TimeSpan AdvisoryWindow = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MandatoryWindow = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private AwsCredentials? _current = initial;

    public async ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellation)
    {
        if (_current is { } c && !Needs(c, AdvisoryWindow)) return c;
        await _lock.WaitAsync(cancellation);
        try
        {
            if (_current is { } again && !Needs(again, AdvisoryWindow)) return again;
            try
            {
                _current = await fetch(cancellation);
            }
            catch (CredentialException) when (_current is { } old && !Needs(old, MandatoryWindow))
            {
                return old;
            }
            return _current;
        }
        finally
        {
            _lock.Release();
        }
    }

    private bool Needs(AwsCredentials credentials, TimeSpan window) =>
        credentials.Expiration is { } e && e - _clock.GetUtcNow() < window;
}
