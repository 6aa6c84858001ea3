namespace Aws.Core.Runtime.Retries;

/// <summary>The retry strategy's view of the world: its sleep, its random numbers, its clock (seconds).</summary>
public sealed record RetryEnvironment(Func<TimeSpan, CancellationToken, Task> Sleep, Func<double> Random, Func<double> Now)
{
    public static readonly RetryEnvironment System = new(
        Task.Delay,
        global::System.Random.Shared.NextDouble,
        () => TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0);
}
