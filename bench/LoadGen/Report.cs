using System.Diagnostics;
using System.Globalization;

namespace LoadGen;

/// <summary>Throughput and latency percentiles over the measured window.</summary>
public sealed record Report(string Label, int Connections, double Seconds, int Requests, double Rps,
    double P50, double P90, double P99, double Max, int Errors, string? FirstError)
{
    public static Report From(Worker[] workers, Options o)
    {
        var all = workers.SelectMany(w => w.Latencies).Order().ToArray();
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        double Pct(double p) => all.Length == 0 ? double.NaN : Ms(all[Math.Clamp((int)Math.Ceiling(p * all.Length) - 1, 0, all.Length - 1)]);
        var seconds = o.Duration.TotalSeconds;
        return new Report(o.Label, o.Connections, seconds, all.Length, all.Length / seconds, Pct(0.50), Pct(0.90), Pct(0.99),
            all.Length == 0 ? double.NaN : Ms(all[^1]), workers.Sum(w => w.Errors), workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null));
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Label}: {Rps:F0} req/s, p50 {P50:F2} ms, p90 {P90:F2} ms, p99 {P99:F2} ms, max {Max:F2} ms, errors {Errors} ({Requests} requests in {Seconds:F1} s on {Connections} connections)");

    public string Machine() => string.Create(CultureInfo.InvariantCulture,
        $"RESULT label={Label} rps={Rps:F1} p50={P50:F3} p90={P90:F3} p99={P99:F3} max={Max:F3} errors={Errors} requests={Requests}");
}
