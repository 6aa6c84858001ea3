namespace Aws.Core.Runtime.Retries;

/// <summary>Per-call retry bookkeeping: the quota taken by the last retry, and whether the clock was corrected.</summary>
public sealed class RetryCallState
{
    /// <summary>Capacity the latest retry took from the quota (null: no retry yet), given back on success.</summary>
    public int? QuotaTaken { get; set; }
    public bool ClockSkewCorrected { get; set; }
}
