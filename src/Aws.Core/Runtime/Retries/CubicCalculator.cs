namespace Aws.Core.Runtime.Retries;

/// <summary>
/// CUBIC congestion control for the send rate (botocore retries/throttling.py): cut to 70% on throttling,
/// then grow along a cubic curve back towards (and past) the rate where throttling happened.
/// </summary>
public sealed class CubicCalculator
{
    public const double ScaleConstant = 0.4;
    public const double Beta = 0.7;

    private double _wMax;
    private double _k;
    private double _lastFail;

    public CubicCalculator(double startingMaxRate, double startTime)
    {
        _wMax = startingMaxRate;
        _k = ZeroPoint();
        _lastFail = startTime;
    }

    public double WMax => _wMax;
    public double K => _k;
    public double LastFail => _lastFail;

    // x ** (1 / 3.0) as botocore computes it (Math.Cbrt rounds differently in the last bit).
    private double ZeroPoint() => Math.Pow(_wMax * (1 - Beta) / ScaleConstant, 1 / 3.0);

    public double SuccessReceived(double timestamp)
    {
        var dt = timestamp - _lastFail;
        return ScaleConstant * Math.Pow(dt - _k, 3) + _wMax;
    }

    public double ErrorReceived(double currentRate, double timestamp)
    {
        _wMax = currentRate;
        _k = ZeroPoint();
        _lastFail = timestamp;
        return currentRate * Beta;
    }
}
