namespace Aws.Core.Runtime.Waiters;

/// <summary>Polls an operation until an acceptor reaches success or failure, or attempts run out (botocore's rules).</summary>
public sealed class Waiter(WaiterConfig config, Func<CancellationToken, Task<WaiterResponse>> poll, Func<TimeSpan, CancellationToken, Task>? sleep = null)
{
    private readonly Func<TimeSpan, CancellationToken, Task> _sleep = sleep ?? Task.Delay;

    /// <summary>Returns when the waiter succeeds; throws <see cref="WaiterException"/> otherwise.</summary>
    public async Task WaitAsync(int? delaySeconds = null, int? maxAttempts = null, CancellationToken cancellation = default)
    {
        var delay = delaySeconds ?? config.Delay;
        var max = maxAttempts ?? config.MaxAttempts;
        var state = "waiting";
        WaiterAcceptor? lastMatched = null, acceptor = null;
        for (var attempts = 1; ; attempts++)
        {
            var response = await poll(cancellation);
            var matched = false;
            foreach (var a in config.Acceptors)
            {
                acceptor = a;
                if (!a.Matches(response)) continue;
                lastMatched = a;
                state = a.State;
                matched = true;
                break;
            }
            if (!matched && response.ErrorCode is { } code)
                throw new WaiterException(config.Name, $"An error occurred ({code}): {response.ErrorMessage ?? "Unknown"}");
            if (state == "success") return;
            if (state == "failure")
                throw new WaiterException(config.Name, $"Waiter encountered a terminal failure state: {acceptor!.Explanation}");
            if (attempts >= max)
                // botocore names the last acceptor looked at, not the one that matched.
                throw new WaiterException(config.Name, lastMatched is null ? "Max attempts exceeded"
                    : $"Max attempts exceeded. Previously accepted state: {acceptor!.Explanation}");
            await _sleep(TimeSpan.FromSeconds(delay), cancellation);
        }
    }
}
