namespace Aws.Core.Runtime.Waiters;

/// <summary>"Waiter NAME failed: REASON" (the CLI exits 255).</summary>
public sealed class WaiterException(string name, string reason) : Exception($"Waiter {name} failed: {reason}")
{
    public string WaiterName { get; } = name;
    public string Reason { get; } = reason;
}
