using System.Text.Json;
using System.Text.Json.Nodes;
using Aws.Core.Runtime.Waiters;

namespace Aws.Core.Tests.Runtime;

public class WaiterTests
{
    private static WaiterConfig Config(string json) => WaiterConfig.For(JsonDocument.Parse(json).RootElement, "ThingReady")!;

    private const string Definition = """
        {"ThingReady": {"operation": "DescribeThing", "delay": 5, "maxAttempts": 3, "acceptors": [
          {"state": "success", "matcher": "pathAll", "argument": "Things[].State", "expected": "ready"},
          {"state": "failure", "matcher": "pathAny", "argument": "Things[].State", "expected": "broken"},
          {"state": "retry", "matcher": "error", "expected": "NotFound"}]}}
        """;

    private static WaiterResponse States(params string[] states) => new(new JsonObject
    {
        ["Things"] = new JsonArray(states.Select(s => (JsonNode)new JsonObject { ["State"] = s }).ToArray()),
    }, 200);

    [Fact]
    public async Task Succeeds_when_every_member_matches()
    {
        var responses = new Queue<WaiterResponse>([new(null, 404, "NotFound", "no"), States("ready", "pending"), States("ready", "ready")]);
        var sleeps = new List<TimeSpan>();
        await new Waiter(Config(Definition), _ => Task.FromResult(responses.Dequeue()), (d, _) => { sleeps.Add(d); return Task.CompletedTask; }).WaitAsync(cancellation: TestContext.Current.CancellationToken);
        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)], sleeps);
    }

    [Fact]
    public async Task Failure_acceptor_stops_with_botocores_message()
    {
        var e = await Assert.ThrowsAsync<WaiterException>(() =>
            new Waiter(Config(Definition), _ => Task.FromResult(States("broken")), (_, _) => Task.CompletedTask).WaitAsync(cancellation: TestContext.Current.CancellationToken));
        Assert.Equal("Waiter ThingReady failed: Waiter encountered a terminal failure state: For expression \"Things[].State\" we matched expected path: \"broken\" at least once", e.Message);
    }

    [Fact]
    public async Task Max_attempts_exceeded()
    {
        var e = await Assert.ThrowsAsync<WaiterException>(() =>
            new Waiter(Config(Definition), _ => Task.FromResult(States("pending")), (_, _) => Task.CompletedTask).WaitAsync(cancellation: TestContext.Current.CancellationToken));
        Assert.Equal("Waiter ThingReady failed: Max attempts exceeded", e.Message);
    }

    [Fact]
    public async Task Unexpected_error_stops_the_waiter()
    {
        var e = await Assert.ThrowsAsync<WaiterException>(() =>
            new Waiter(Config(Definition), _ => Task.FromResult(new WaiterResponse(null, 403, "AccessDenied", "nope")), (_, _) => Task.CompletedTask).WaitAsync(cancellation: TestContext.Current.CancellationToken));
        Assert.Equal("Waiter ThingReady failed: An error occurred (AccessDenied): nope", e.Message);
    }
}
