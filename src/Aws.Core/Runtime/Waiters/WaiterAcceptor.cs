using System.Text.Json.Nodes;
using Aws.JmesPath;

namespace Aws.Core.Runtime.Waiters;

/// <summary>An acceptor: when its matcher matches a response, the waiter enters its state.</summary>
public sealed class WaiterAcceptor(string state, string matcher, string? argument, JsonNode? expected)
{
    private readonly JmesPathExpression? _expression = argument is null ? null : JmesPathExpression.Compile(argument);

    public string State { get; } = state;
    public string Matcher { get; } = matcher;
    public string? Argument { get; } = argument;
    public JsonNode? Expected { get; } = expected;

    /// <summary>The text botocore prints for this acceptor (typos included).</summary>
    public string Explanation => Matcher switch
    {
        "path" => $"For expression \"{Argument}\" we matched expected path: \"{ExpectedText}\"",
        "pathAll" => $"For expression \"{Argument}\" all members matched excepted path: \"{ExpectedText}\"",
        "pathAny" => $"For expression \"{Argument}\" we matched expected path: \"{ExpectedText}\" at least once",
        "status" => $"Matched expected HTTP status code: {ExpectedText}",
        "error" => $"Matched expected service error code: {ExpectedText}",
        _ => $"No explanation for unknown waiter type: \"{Matcher}\"",
    };

    private string ExpectedText => Expected switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "True" : "False",
        null => "None",
        _ => Expected.ToJsonString(),
    };

    public bool Matches(WaiterResponse response)
    {
        switch (Matcher)
        {
            case "status": return Expected is JsonValue s && s.TryGetValue<double>(out var code) && code == response.StatusCode;
            case "error":
                return response.ErrorCode is { } c && Expected is JsonValue e && e.TryGetValue<string>(out var want) && c == want;
        }
        if (response.ErrorCode is not null || _expression is null) return false;
        var result = _expression.Evaluate(response.Result);
        switch (Matcher)
        {
            case "path": return JsonValuesEqual(result, Expected);
            case "pathAll": return result is JsonArray all && all.Count > 0 && all.All(x => JsonValuesEqual(x, Expected));
            case "pathAny": return result is JsonArray any && any.Count > 0 && any.Any(x => JsonValuesEqual(x, Expected));
            default: throw new InvalidOperationException($"Unknown acceptor: {Matcher}");
        }
    }

    // Python == on JSON values: numbers by value, deep equality otherwise.
    private static bool JsonValuesEqual(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a is JsonValue va && b is JsonValue vb && va.TryGetValue<double>(out var da) && vb.TryGetValue<double>(out var db)) return da == db;
        return JsonNode.DeepEquals(a, b);
    }
}
