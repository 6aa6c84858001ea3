using System.Diagnostics;

namespace Aws.Cli.Customizations.S3;

/// <summary>max_bandwidth: a shared byte budget; callers wait until the command's average rate is back under the cap.</summary>
public sealed class BandwidthLimiter(long? bytesPerSecond)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _consumed;

    public bool Enabled => bytesPerSecond is > 0;

    public Task WaitAsync(long bytes, CancellationToken cancellation)
    {
        if (bytesPerSecond is not > 0 || bytes <= 0) return Task.CompletedTask;
        var total = Interlocked.Add(ref _consumed, bytes);
        var due = TimeSpan.FromSeconds((double)total / bytesPerSecond.Value) - _clock.Elapsed;
        return due > TimeSpan.Zero ? Task.Delay(due, cancellation) : Task.CompletedTask;
    }
}
