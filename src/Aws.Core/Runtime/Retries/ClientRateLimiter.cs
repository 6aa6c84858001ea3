namespace Aws.Core.Runtime.Retries;

/// <summary>
/// Adaptive mode's client-side rate limiting (botocore retries/adaptive.py): off until the first throttling
/// response; from then on every send takes a token from a bucket whose rate CUBIC adjusts on each response.
/// </summary>
public sealed class ClientRateLimiter
{
    private const double MaxRateAdjustScale = 2.0;

    private readonly Lock _lock = new();
    private readonly Func<double> _now;
    private readonly CubicCalculator _cubic;
    private readonly TokenBucket _bucket;
    private readonly RateClocker _clocker;

    public ClientRateLimiter(Func<double> now)
    {
        _now = now;
        _cubic = new CubicCalculator(0, now());
        _bucket = new TokenBucket(1, now);
        _clocker = new RateClocker(now);
    }

    public bool Enabled { get; private set; }
    public double SendRate => _bucket.MaxRate;
    public TokenBucket Bucket => _bucket;

    /// <summary>Waits (through <paramref name="sleep"/>) until the bucket lets a request go.</summary>
    public async Task BeforeSendAsync(Func<TimeSpan, CancellationToken, Task> sleep, CancellationToken cancellation)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                if (!Enabled) return;
                wait = _bucket.Acquire();
            }
            if (wait <= TimeSpan.Zero) return;
            await sleep(wait, cancellation);
        }
    }

    /// <summary>Feeds one response (throttled or not) into the rate calculation; returns the new send rate.</summary>
    public double OnResponse(bool throttled)
    {
        var measured = _clocker.Record();
        var timestamp = _now();
        lock (_lock)
        {
            double newRate;
            if (!throttled) newRate = _cubic.SuccessReceived(timestamp);
            else
            {
                var rate = Enabled ? Math.Min(measured, _bucket.MaxRate) : measured;
                newRate = _cubic.ErrorReceived(rate, timestamp);
                Enabled = true;
            }
            _bucket.MaxRate = Math.Min(newRate, MaxRateAdjustScale * measured);
            return newRate;
        }
    }
}
