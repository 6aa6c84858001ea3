using System.Text.Json;

namespace Aws.Core.Runtime.Pagination;

/// <summary>One operation's paginator (the paginators-1.json schema).</summary>
public sealed class PaginatorConfig
{
    public required IReadOnlyList<string> InputTokens { get; init; }
    public required IReadOnlyList<string> OutputTokens { get; init; }
    public string? MoreResults { get; init; }
    public string? LimitKey { get; init; }
    public required IReadOnlyList<string> ResultKeys { get; init; }
    public IReadOnlyList<string> NonAggregateKeys { get; init; } = [];

    /// <summary>The paginator for an operation, or null when it has none (or no result_key: not paginated).</summary>
    public static PaginatorConfig? For(JsonElement paginators, string operationName)
    {
        if (paginators.ValueKind != JsonValueKind.Object || !paginators.TryGetProperty(operationName, out var p)) return null;
        var resultKeys = Strings(p, "result_key");
        if (resultKeys.Count == 0) return null;
        var input = Strings(p, "input_token");
        var output = Strings(p, "output_token");
        if (input.Count == 0 || output.Count == 0) return null;
        return new PaginatorConfig
        {
            InputTokens = input,
            OutputTokens = output,
            MoreResults = p.TryGetProperty("more_results", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null,
            LimitKey = p.TryGetProperty("limit_key", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null,
            ResultKeys = resultKeys,
            NonAggregateKeys = Strings(p, "non_aggregate_keys"),
        };
    }

    private static IReadOnlyList<string> Strings(JsonElement e, string key)
    {
        if (!e.TryGetProperty(key, out var v)) return [];
        return v.ValueKind switch
        {
            JsonValueKind.String => [v.GetString()!],
            JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray(),
            _ => [],
        };
    }
}
