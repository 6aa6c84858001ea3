namespace Aws.Core.Runtime.Retries;

/// <summary>
/// The client-wide budget for retries (botocore retries/quota.py): each retry takes capacity, each success
/// gives some back, so a failing service is not hammered by every call retrying at once.
/// </summary>
public sealed class RetryQuota(int capacity = RetryQuota.InitialCapacity)
{
    public const int InitialCapacity = 500;
    public const int RetryCost = 5;
    public const int TimeoutRetryCost = 10;
    public const int NoRetryIncrement = 1;

    private readonly Lock _lock = new();
    private int _available = capacity;

    public int MaxCapacity { get; } = capacity;
    public int Available { get { lock (_lock) return _available; } }

    /// <summary>Takes <paramref name="amount"/> if that much is left; false (and nothing taken) otherwise.</summary>
    public bool TryAcquire(int amount)
    {
        lock (_lock)
        {
            if (amount > _available) return false;
            _available -= amount;
            return true;
        }
    }

    /// <summary>Gives capacity back, never above the maximum.</summary>
    public void Release(int amount)
    {
        lock (_lock) _available += Math.Min(MaxCapacity - _available, amount);
    }
}
