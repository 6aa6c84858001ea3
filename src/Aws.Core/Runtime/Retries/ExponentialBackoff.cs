namespace Aws.Core.Runtime.Retries;

/// <summary>Truncated binary exponential backoff with full jitter: rand(0,1) * 2^(attempt-1), at most 20 s.</summary>
public sealed class ExponentialBackoff(Func<double>? random = null, double maxBackoffSeconds = ExponentialBackoff.MaxBackoffSeconds)
{
    public const double MaxBackoffSeconds = 20;

    private readonly Func<double> _random = random ?? Random.Shared.NextDouble;

    /// <summary>The wait in seconds after attempt <paramref name="failedAttempt"/> (1-based) failed.</summary>
    public double DelaySeconds(int failedAttempt) => Math.Min(_random() * Math.Pow(2, failedAttempt - 1), maxBackoffSeconds);
}
