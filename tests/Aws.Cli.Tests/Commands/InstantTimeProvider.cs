namespace Aws.Cli.Tests.Commands;

/// <summary>A clock whose timers fire at once: delays (retry backoff, waiter polls) are recorded, never slept.</summary>
internal sealed class InstantTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<TimeSpan> _delays = [];

    public IReadOnlyList<TimeSpan> Delays { get { lock (_lock) return [.. _delays]; } }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_lock) _delays.Add(dueTime);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }
        return new Fired();
    }

    private sealed class Fired : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;
        public void Dispose() { }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
