using Aws.Core.Protocols;
using Aws.Core.Runtime.Retries;

namespace Aws.Core.Runtime;

/// <summary>
/// A client's retry strategy, as AWS CLI v2's botocore runs it (retries/standard.py, adaptive.py):
/// standard (the default; 3 attempts; transient, throttling and modeled-retryable errors; a 500-token retry
/// quota; exponential backoff with full jitter capped at 20 s) or adaptive (standard plus a client-side
/// CUBIC rate limiter). One instance lives as long as its client: the quota and the limiter are shared by
/// every call, pages and waiter polls included.
/// </summary>
public sealed class RetryPolicy
{
    public const int DefaultMaxAttempts = 3;

    private readonly ExponentialBackoff _backoff;

    private RetryPolicy(string mode, int maxAttempts, RetryEnvironment? environment)
    {
        var env = environment ?? RetryEnvironment.System;
        Mode = mode;
        MaxAttempts = maxAttempts;
        Sleep = env.Sleep;
        Quota = new RetryQuota();
        _backoff = new ExponentialBackoff(env.Random);
        RateLimiter = mode == "adaptive" ? new ClientRateLimiter(env.Now) : null;
    }

    public string Mode { get; }
    /// <summary>Attempts in all, the first one included.</summary>
    public int MaxAttempts { get; }
    public RetryQuota Quota { get; }
    /// <summary>Adaptive mode only.</summary>
    public ClientRateLimiter? RateLimiter { get; }
    /// <summary>How the client waits between attempts (tests inject one that records instead of sleeping).</summary>
    public Func<TimeSpan, CancellationToken, Task> Sleep { get; }

    public static RetryPolicy Standard(int maxAttempts = DefaultMaxAttempts, RetryEnvironment? environment = null) =>
        For("standard", maxAttempts, environment);

    /// <summary>
    /// The policy for a retry_mode / max_attempts pair (nulls: standard, 3). Throws <see cref="RetryConfigException"/>
    /// with botocore's words for other modes (AWS CLI v2 has no "legacy") and for max_attempts below one.
    /// </summary>
    public static RetryPolicy For(string? mode, int? maxAttempts, RetryEnvironment? environment = null)
    {
        mode ??= "standard";
        if (mode is not ("standard" or "adaptive"))
            throw new RetryConfigException($"Invalid value provided to \"mode\": \"{mode}\" must be one of: \"standard\" or \"adaptive\"");
        if (maxAttempts is < 1)
            throw new RetryConfigException($"Value provided to \"max_attempts\": {maxAttempts} must be an integer greater than or equal to one.");
        return new RetryPolicy(mode, maxAttempts ?? DefaultMaxAttempts, environment);
    }

    /// <summary>Adaptive mode: waits until the rate limiter lets the request go. Standard: returns at once.</summary>
    public Task BeforeSendAsync(CancellationToken cancellation) =>
        RateLimiter is { } limiter ? limiter.BeforeSendAsync(Sleep, cancellation) : Task.CompletedTask;

    /// <summary>
    /// Decides about an attempt (successes too: a DynamoDB body failing its CRC is retried): checks max attempts first (as botocore does,
    /// so even a non-retryable error on the last attempt is "max retries reached"), then retryability, then the quota.
    /// </summary>
    public RetryDecision Evaluate(RetryAttempt attempt, RetryCallState state, Action<string>? log = null)
    {
        RateLimiter?.OnResponse(RetryClassifier.IsThrottling(attempt));
        if (attempt.Number >= MaxAttempts)
        {
            log?.Invoke($"Max attempts of {MaxAttempts} reached.");
            log?.Invoke("Not retrying request.");
            return RetryDecision.Stop with { MaxAttemptsReached = true };
        }
        if (!RetryClassifier.IsRetryable(attempt))
        {
            log?.Invoke("Not retrying request.");
            return RetryDecision.Stop;
        }
        var cost = RetryClassifier.IsTimeout(attempt) ? RetryQuota.TimeoutRetryCost : RetryQuota.RetryCost;
        if (!Quota.TryAcquire(cost))
        {
            log?.Invoke("Retry needed but retry quota reached, not retrying request.");
            return RetryDecision.Stop with { QuotaReached = true };
        }
        state.QuotaTaken = cost;
        var decision = new RetryDecision(true, _backoff.DelaySeconds(attempt.Number));
        log?.Invoke($"Retry needed, retrying request after delay of: {decision.DelayText}");
        return decision;
    }

    /// <summary>After a call's final response: a 2xx gives back what its last retry took, or one token.</summary>
    public void OnCallFinished(int statusCode, RetryCallState state)
    {
        if (statusCode is >= 200 and < 300) Quota.Release(state.QuotaTaken ?? RetryQuota.NoRetryIncrement);
    }
}
