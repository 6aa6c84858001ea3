namespace Aws.Core.Runtime.Retries;

/// <summary>
/// The adaptive mode's send-rate bucket (botocore retries/bucket.py): tokens refill at the fill rate up to the
/// capacity; a send takes one. Instead of blocking, <see cref="Acquire"/> says how long to wait, so callers
/// sleep through their own (injectable) delay.
/// </summary>
public sealed class TokenBucket
{
    public const double MinRate = 0.5;

    private readonly Func<double> _now;
    private double _fillRate;
    private double _maxCapacity;
    private double _capacity;
    private double? _lastTimestamp;

    public TokenBucket(double maxRate, Func<double> now)
    {
        _now = now;
        MaxRate = maxRate;
    }

    public double AvailableCapacity => _capacity;
    public double MaxCapacity => _maxCapacity;

    /// <summary>The fill rate (tokens per second), never below <see cref="MinRate"/>.</summary>
    public double MaxRate
    {
        get => _fillRate;
        set
        {
            Refill();
            _fillRate = Math.Max(value, MinRate);
            _maxCapacity = value >= 1 ? value : 1;
            _capacity = Math.Min(_capacity, _maxCapacity);
        }
    }

    /// <summary>Takes a token if one is there (returns zero); otherwise how long until one will be.</summary>
    public TimeSpan Acquire(double amount = 1)
    {
        Refill();
        if (amount <= _capacity)
        {
            _capacity -= amount;
            return TimeSpan.Zero;
        }
        return TimeSpan.FromSeconds((amount - _capacity) / _fillRate);
    }

    private void Refill()
    {
        var timestamp = _now();
        if (_lastTimestamp is not { } last)
        {
            _lastTimestamp = timestamp;
            return;
        }
        _capacity = Math.Min(_maxCapacity, _capacity + (timestamp - last) * _fillRate);
        _lastTimestamp = timestamp;
    }
}
