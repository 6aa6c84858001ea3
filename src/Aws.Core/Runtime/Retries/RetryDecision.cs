namespace Aws.Core.Runtime.Retries;

/// <summary>
/// Whether to send the request again, and after how long. <see cref="MaxAttemptsReached"/> is what makes the
/// CLI add "(reached max retries: N)" to the error message, as botocore's MaxAttemptsReached metadata does.
/// </summary>
public sealed record RetryDecision(bool Retry, double DelaySeconds, bool MaxAttemptsReached = false, bool QuotaReached = false)
{
    public static readonly RetryDecision Stop = new(false, 0);

    public TimeSpan Delay => TimeSpan.FromSeconds(DelaySeconds);

    /// <summary>The delay as Python prints a float (shortest round-trip), for the debug log.</summary>
    public string DelayText => DelaySeconds.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
