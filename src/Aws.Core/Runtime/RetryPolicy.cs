using Aws.Core.Protocols;
using Aws.Core.Runtime.Transport;

namespace Aws.Core.Runtime;

/// <summary>
/// Which failures are retried and how long to wait, as botocore's retry modes decide
/// (standard: 3 attempts, exponential backoff with full jitter capped at 20 s; legacy: 5 attempts).
/// </summary>
public sealed class RetryPolicy
{
    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete",
    };

    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    };

    private static readonly HashSet<int> TransientStatus = [500, 502, 503, 504];

    private readonly Func<double> _random;

    private RetryPolicy(string mode, int maxAttempts, Func<double>? random)
    {
        Mode = mode;
        MaxAttempts = Math.Max(1, maxAttempts);
        _random = random ?? Random.Shared.NextDouble;
    }

    public string Mode { get; }
    /// <summary>Attempts in all, the first one included.</summary>
    public int MaxAttempts { get; }

    public static RetryPolicy Standard(int maxAttempts = 3, Func<double>? random = null) => new("standard", maxAttempts, random);
    public static RetryPolicy Legacy(int maxAttempts = 5, Func<double>? random = null) => new("legacy", maxAttempts, random);

    /// <summary>The policy for a retry_mode / max_attempts pair (max_attempts null: the mode's default).</summary>
    public static RetryPolicy For(string? mode, int? maxAttempts, Func<double>? random = null) => mode switch
    {
        "legacy" => Legacy(maxAttempts ?? 5, random),
        "adaptive" => new RetryPolicy("adaptive", maxAttempts ?? 3, random),
        _ => Standard(maxAttempts ?? 3, random),
    };

    public static bool IsThrottling(ServiceError error) => ThrottlingCodes.Contains(error.Code) || error.StatusCode == 429;

    /// <summary>Whether the outcome of an attempt is worth another attempt.</summary>
    public bool ShouldRetry(ServiceError? error, Exception? exception)
    {
        if (exception is TransportException t) return t.IsRetryable;
        if (error is null) return false;
        return TransientStatus.Contains(error.StatusCode) || TransientCodes.Contains(error.Code) || IsThrottling(error);
    }

    /// <summary>How long to wait before attempt <paramref name="nextAttempt"/> (2, 3, ...).</summary>
    public TimeSpan Delay(int nextAttempt)
    {
        var retries = nextAttempt - 1;
        var seconds = Mode == "legacy"
            ? _random() * Math.Pow(2, retries - 1)
            : Math.Min(_random() * Math.Pow(2, retries - 1), 20);
        return TimeSpan.FromSeconds(seconds);
    }
}
