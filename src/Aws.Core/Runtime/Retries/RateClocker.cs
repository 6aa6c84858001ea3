namespace Aws.Core.Runtime.Retries;

/// <summary>Measures the client's send rate in half-second buckets, smoothed (botocore adaptive.RateClocker).</summary>
public sealed class RateClocker
{
    private const double Smoothing = 0.8;
    private const double TimeBucketScale = 1 / 0.5;

    private readonly Lock _lock = new();
    private readonly Func<double> _now;
    private double _lastBucket;
    private int _count;

    public RateClocker(Func<double> now)
    {
        _now = now;
        _lastBucket = Math.Floor(now());
    }

    public double MeasuredRate { get; private set; }

    public double Record(int amount = 1)
    {
        lock (_lock) return RecordLocked(amount);
    }

    private double RecordLocked(int amount)
    {
        var t = _now();
        var bucket = Math.Floor(t * TimeBucketScale) / TimeBucketScale;
        _count += amount;
        if (bucket > _lastBucket)
        {
            var currentRate = _count / (bucket - _lastBucket);
            MeasuredRate = currentRate * Smoothing + MeasuredRate * (1 - Smoothing);
            _count = 0;
            _lastBucket = bucket;
        }
        return MeasuredRate;
    }
}
