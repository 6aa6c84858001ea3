using System.Text.Json;
using System.Text.Json.Nodes;

namespace Aws.Core.Runtime.Waiters;

/// <summary>One waiter of waiters-2.json: the operation it polls, delay, attempts and acceptors.</summary>
public sealed class WaiterConfig
{
    public required string Name { get; init; }
    public required string Operation { get; init; }
    public int Delay { get; init; } = 15;
    public int MaxAttempts { get; init; } = 40;
    public required IReadOnlyList<WaiterAcceptor> Acceptors { get; init; }

    public static WaiterConfig? For(JsonElement waiters, string name)
    {
        if (waiters.ValueKind != JsonValueKind.Object || !waiters.TryGetProperty(name, out var w)) return null;
        return new WaiterConfig
        {
            Name = name,
            Operation = w.GetProperty("operation").GetString()!,
            Delay = w.TryGetProperty("delay", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt32() : 15,
            MaxAttempts = w.TryGetProperty("maxAttempts", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetInt32() : 40,
            Acceptors = w.TryGetProperty("acceptors", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(x => new WaiterAcceptor(
                    x.GetProperty("state").GetString()!,
                    x.GetProperty("matcher").GetString()!,
                    x.TryGetProperty("argument", out var arg) ? arg.GetString() : null,
                    JsonNode.Parse(x.GetProperty("expected").GetRawText()))).ToArray()
                : [],
        };
    }

    public static IEnumerable<string> Names(JsonElement waiters) =>
        waiters.ValueKind == JsonValueKind.Object ? waiters.EnumerateObject().Select(p => p.Name) : [];
}
